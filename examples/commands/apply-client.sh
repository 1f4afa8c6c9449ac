#!/usr/bin/env bash
# Start the curl client Pod and wait until it is ready.
set -euo pipefail

kubectl apply -f netdemo/client-pod.yaml
kubectl wait pod/client -n netdemo --for=condition=Ready --timeout=180s
