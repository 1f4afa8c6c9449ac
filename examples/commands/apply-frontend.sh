#!/usr/bin/env bash
# Deploy the frontend (2 nginx Pods on port 8080) and wait until both are ready.
set -euo pipefail

kubectl apply -f netdemo/frontend-deployment.yaml
kubectl rollout status deployment/frontend -n netdemo --timeout=180s
