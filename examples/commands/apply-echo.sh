#!/usr/bin/env bash
# Deploy the echo server (3 Pods) and its Service, and wait until all three Pods are ready.
set -euo pipefail

kubectl apply -f netdemo/echo-deployment.yaml -f netdemo/echo-service.yaml
kubectl rollout status deployment/echo -n netdemo --timeout=180s
