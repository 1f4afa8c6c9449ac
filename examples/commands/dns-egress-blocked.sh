#!/usr/bin/env bash
# Deny all egress of dnsutils (DNS included) and try the frontend by name: the lookup is what fails first,
# so curl reports "Could not resolve host" (exit code 6), not a connection error.
set -euo pipefail

kubectl apply -f netdemo/dnsutils-deny-egress.yaml
kubectl exec dnsutils -n netdemo -- curl --silent --show-error --max-time 15 http://frontend:8080/
