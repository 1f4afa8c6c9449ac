#!/usr/bin/env bash
# The fix: the Deployment as the file says (readiness probe on /hostname); the stuck revision is replaced.
set -euo pipefail

kubectl apply -f netdemo/echo-deployment.yaml
kubectl rollout status deployment/echo -n netdemo --timeout=180s
