#!/usr/bin/env bash
# A headless Service's name answers with one A record per ready Pod (their order changes from query to query),
# where the ClusterIP Service answers with its one virtual IP.
set -euo pipefail

kubectl exec dnsutils -n netdemo -- dig +short frontend-headless.netdemo.svc.cluster.local
kubectl get pods -n netdemo -l app=frontend -o wide
