#!/usr/bin/env bash
# Start the DNS tools Pod and the headless Service for the frontend, then wait until the Pod is ready.
set -euo pipefail

kubectl apply -f netdemo/dnsutils-pod.yaml -f netdemo/frontend-headless-service.yaml
kubectl wait pod/dnsutils -n netdemo --for=condition=Ready --timeout=180s
