#!/usr/bin/env bash
# Runs the walkthrough against the current kube context: the command files in commands/ themselves, in the
# order listed below, each printed before it runs. Stops at the first step that fails.
#
#   ./walkthrough.sh                       k3s / Rancher Desktop: switch frontend to LoadBalancer (ServiceLB)
#   ./walkthrough.sh --variant nodeport    kind: a NodePort Service on localhost:30080 (cluster from kind/cluster.yaml)
#   ./walkthrough.sh --cleanup             delete everything the walkthrough created
#   ./walkthrough.sh --list [--variant …]  print the steps without running anything
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

# How long a background step (port-forward) may live, and how long to wait for its first line of output.
BACKGROUND_TIMEOUT="${BACKGROUND_TIMEOUT:-120}"
BACKGROUND_READY_SECONDS="${BACKGROUND_READY_SECONDS:-30}"
# When set, each step's output (stdout and stderr together) is also written to <dir>/<step>.out, for comparing
# with the expected outputs in commands/ (the GitHub Actions workflow examples.yml does this).
WALKTHROUGH_OUTPUT_DIR="${WALKTHROUGH_OUTPUT_DIR:-}"

# One step per line: <command file> [how]
#   (nothing)                  the step must exit 0
#   exit=<code>[,<code>…]      the step must exit with one of these codes
#                              (kubectl diff exits 1 when it finds differences; a blocked curl exits 7 or 28, and
#                              one that reaches PostgreSQL gets an empty reply: 52; a blocked name lookup ends in
#                              6 or 28)
#   background=<check file>    the step runs in the background (port-forward never ends by itself) until its
#                              first output line appears; then the check file runs and the step is stopped
steps() {
  local variant=$1
  cat <<'STEPS'
commands/apply-namespace.sh
commands/apply-frontend.sh
commands/expose.sh
commands/get-service.sh
commands/get-service-wide.sh
commands/get-kubernetes-service.sh
commands/port-forward.sh background=commands/curl-port-forward.sh
commands/apply-client.sh
commands/curl-from-client.sh
STEPS
  case "$variant" in
    loadbalancer)
      cat <<'STEPS'
commands/patch-to-loadbalancer.sh
commands/get-service-loadbalancer.sh
commands/get-svclb-daemonset.sh
STEPS
      ;;
    nodeport)
      cat <<'STEPS'
commands/apply-nodeport.sh
commands/get-service-nodeport.sh
commands/curl-nodeport.sh
STEPS
      ;;
  esac
  cat <<'STEPS'
commands/get-service-yaml.sh
commands/expose-dry-run.sh
commands/diff-frontend-service.sh exit=0,1
commands/apply-frontend-service.sh
commands/create-database-secret.sh
commands/apply-database.sh
commands/check-database-blocked.sh exit=7,28
commands/check-database-allowed.sh exit=52
commands/apply-whoami.sh
commands/get-whoami-services.sh
commands/get-health-check-node-port.sh
STEPS
  # The source-IP checks connect to a LoadBalancer's EXTERNAL-IP, which kind does not have.
  if [ "$variant" = loadbalancer ]; then
    cat <<'STEPS'
commands/curl-whoami-cluster.sh
commands/curl-whoami-local.sh
STEPS
  fi
  # DNS and the data plane before the default-deny policies below: their curl steps need open egress.
  cat <<'STEPS'
commands/get-coredns.sh
commands/apply-dnsutils.sh
commands/dns-resolv-conf.sh
commands/dns-nslookup-frontend.sh
commands/dns-dig-names.sh
commands/dns-from-default.sh
commands/dns-dig-headless.sh
commands/dns-egress-blocked.sh exit=6,28
commands/dns-egress-restore.sh
commands/apply-echo.sh
commands/get-pods-wide.sh
commands/get-node-podcidr.sh
commands/get-endpointslices.sh
commands/curl-echo-spread.sh
commands/port-forward-echo.sh background=commands/curl-port-forward-echo.sh
commands/trouble-selector-typo.sh exit=7
commands/trouble-target-port.sh exit=7
commands/trouble-fix-service.sh
commands/trouble-not-ready.sh
commands/trouble-fix-deployment.sh
commands/get-endpoints-deprecated.sh
commands/apply-default-deny.sh
commands/check-dns-blocked.sh exit=6,28
commands/apply-allow-policies.sh
commands/get-networkpolicies.sh
commands/curl-from-client.sh
commands/check-database-allowed.sh exit=52
commands/check-database-blocked.sh exit=7,28
STEPS
  # Ingress needs an Ingress controller: Traefik, which k3s and Rancher Desktop ship; kind has none.
  if [ "$variant" = loadbalancer ]; then
    cat <<'STEPS'
commands/get-traefik-svclb.sh
commands/get-ingressclass.sh
commands/apply-frontend-ingress.sh
commands/get-ingress.sh
commands/curl-ingress.sh
STEPS
  fi
  cat <<'STEPS'
commands/apply-mealie.sh
commands/diff-mealie-service.sh exit=0,1
commands/apply-mealie-service.sh
commands/get-mealie-service.sh
STEPS
}

usage() {
  sed -n '2,8p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
}

# The lines a reader types: everything but the shebang, comments, blank lines and `set -euo pipefail`.
# (The site's transcript shows the same lines; see src/examples/command-lines.ts.)
command_lines() {
  grep -v -E '^[[:space:]]*(#|$)|^set -' "$1" || true
}

show() {
  local line
  while IFS= read -r line; do
    printf '$ %s\n' "$line"
  done < <(command_lines "$1")
}

# Where a step's output is captured: <dir>/<name>.out, or nothing when WALKTHROUGH_OUTPUT_DIR is unset.
capture_file() {
  [ -n "$WALKTHROUGH_OUTPUT_DIR" ] || return 0
  mkdir -p "$WALKTHROUGH_OUTPUT_DIR"
  printf '%s/%s.out\n' "$WALKTHROUGH_OUTPUT_DIR" "$(basename "$1" .sh)"
}

fail() {
  printf 'walkthrough: FAILED at %s: %s\n' "$1" "$2" >&2
  exit "${3:-1}"
}

# Runs one command file in the foreground and checks its exit code against the allowed list.
run_step() {
  local file=$1 allowed=$2 status=0 capture
  [ -f "$file" ] || fail "$file" 'no such command file'
  show "$file"
  capture=$(capture_file "$file")
  if [ -n "$capture" ]; then
    bash "$file" </dev/null >"$capture" 2>&1 || status=$?
    cat "$capture"
  else
    bash "$file" </dev/null || status=$?
  fi
  if [[ ",$allowed," != *",$status,"* ]]; then
    fail "$file" "exit code $status (expected $allowed)" "$((status == 0 ? 1 : status))"
  fi
}

background_pid=''
background_log=''
watchdog_pid=''
# Stops the background step's whole process group (and its watchdog's), then removes its log.
stop_background() {
  if [ -n "$watchdog_pid" ]; then
    kill -TERM -- "-$watchdog_pid" 2>/dev/null || true
    wait "$watchdog_pid" 2>/dev/null || true
    watchdog_pid=''
  fi
  if [ -n "$background_pid" ]; then
    kill -TERM -- "-$background_pid" 2>/dev/null || kill -TERM "$background_pid" 2>/dev/null || true
    wait "$background_pid" 2>/dev/null || true
    background_pid=''
  fi
  if [ -n "$background_log" ]; then
    rm -f "$background_log"
    background_log=''
  fi
}
trap stop_background EXIT

run_background() {
  local file=$1 check=$2 waited=0 status=0 capture
  [ -f "$file" ] || fail "$file" 'no such command file'
  show "$file"
  background_log=$(mktemp)
  # Job control gives the step its own process group, so stopping it also stops what it started (kubectl).
  # A watchdog in its own group ends the step after BACKGROUND_TIMEOUT seconds (macOS has no `timeout`).
  set -m
  bash "$file" </dev/null >"$background_log" 2>&1 &
  background_pid=$!
  (sleep "$BACKGROUND_TIMEOUT" && kill -TERM -- "-$background_pid") </dev/null >/dev/null 2>&1 &
  watchdog_pid=$!
  set +m
  while [ ! -s "$background_log" ] && kill -0 "$background_pid" 2>/dev/null; do
    if [ "$waited" -ge "$((BACKGROUND_READY_SECONDS * 4))" ]; then
      fail "$file" "no output after ${BACKGROUND_READY_SECONDS}s"
    fi
    sleep 0.25
    waited=$((waited + 1))
  done
  sleep 0.5
  cat "$background_log"
  if ! kill -0 "$background_pid" 2>/dev/null; then
    wait "$background_pid" || status=$?
    background_pid=''
    fail "$file" "ended early with exit code $status" "$((status == 0 ? 1 : status))"
  fi
  run_step "$check" 0
  capture=$(capture_file "$file")
  if [ -n "$capture" ]; then cat "$background_log" >"$capture"; fi
  stop_background
  printf '(stopped %s)\n' "$file"
}

run_steps() {
  local variant=$1 step file how n=0
  local -a all=()
  # A read loop, not mapfile: macOS ships bash 3.2.
  while IFS= read -r step; do
    all[${#all[@]}]=$step
  done < <(steps "$variant")
  printf 'walkthrough: variant %s, kube context %s\n' "$variant" "$(kubectl config current-context)"
  for step in "${all[@]}"; do
    read -r file how <<<"$step"
    n=$((n + 1))
    printf '\n[%d/%d] %s\n' "$n" "${#all[@]}" "$file"
    case "$how" in
      '') run_step "$file" 0 ;;
      exit=*) run_step "$file" "${how#exit=}" ;;
      background=*) run_background "$file" "${how#background=}" ;;
      *) fail "$file" "unknown step option: $how" 2 ;;
    esac
  done
  printf '\nwalkthrough: all %d steps passed. Clean up with: %s --cleanup\n' "${#all[@]}" "$0"
}

main() {
  local variant=loadbalancer mode=run
  while [ "$#" -gt 0 ]; do
    case "$1" in
      --variant)
        [ "$#" -ge 2 ] || { usage >&2; exit 2; }
        variant=$2
        shift 2
        ;;
      --variant=*) variant=${1#--variant=}; shift ;;
      --cleanup) mode=cleanup; shift ;;
      --list) mode=list; shift ;;
      -h | --help) usage; exit 0 ;;
      *) printf 'walkthrough: unknown argument: %s\n' "$1" >&2; usage >&2; exit 2 ;;
    esac
  done
  case "$variant" in
    loadbalancer | nodeport) ;;
    *) printf 'walkthrough: unknown variant: %s (loadbalancer or nodeport)\n' "$variant" >&2; exit 2 ;;
  esac
  case "$mode" in
    list) steps "$variant" ;;
    cleanup) run_step commands/cleanup.sh 0 ;;
    run) run_steps "$variant" ;;
  esac
}

main "$@"
