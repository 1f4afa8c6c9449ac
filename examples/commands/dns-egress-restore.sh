#!/usr/bin/env bash
# Remove the deny-all-egress policy again: names resolve as before.
set -euo pipefail

kubectl delete -f netdemo/dnsutils-deny-egress.yaml
kubectl exec dnsutils -n netdemo -- dig +short frontend.netdemo.svc.cluster.local
