#!/usr/bin/env bash
# Deny all egress of dnsutils (DNS included) and try the frontend by name: the lookup is what fails first,
# so curl reports "Could not resolve host" (exit code 6), not a connection error. The resolver waits for each
# name of the search list to time out first, which can take tens of seconds (exit code 28 past --max-time).
set -euo pipefail

kubectl apply -f netdemo/dnsutils-deny-egress.yaml
kubectl exec dnsutils -n netdemo -- curl --silent --show-error --max-time 60 http://frontend:8080/
