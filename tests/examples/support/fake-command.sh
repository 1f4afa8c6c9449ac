#!/usr/bin/env bash
# Test double for the walkthrough runner: stands in for `kubectl` and `curl` (linked under those names), because
# no cluster exists where the tests run. Records every call; answers 0 unless a rule says otherwise.
#   FAKE_LOG    file that receives one line per call: "<name> <args…>"
#   FAKE_RULES  optional file of rules "<exit code> <bash glob>", matched against "<name> <args…>"; first match wins
name=$(basename "$0")
call="$name $*"
printf '%s\n' "$call" >>"$FAKE_LOG"
if [ -n "${FAKE_RULES:-}" ] && [ -f "$FAKE_RULES" ]; then
  while read -r code pattern; do
    # shellcheck disable=SC2053 # the rule is a glob on purpose
    if [[ -n "$pattern" && "$call" == $pattern ]]; then
      printf 'fake %s: exit %s\n' "$name" "$code" >&2
      exit "$code"
    fi
  done <"$FAKE_RULES"
fi
case "$name $1" in
  'kubectl config') echo fake-context ;;
  'kubectl port-forward')
    # Like the real one: says where it listens, then runs until it is stopped.
    echo 'Forwarding from 127.0.0.1:8080 -> 8080'
    echo "$$" >"$FAKE_LOG.port-forward.pid"
    exec sleep 300
    ;;
  curl*) echo 200 ;;
esac
exit 0
