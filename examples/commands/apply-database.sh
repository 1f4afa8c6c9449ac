#!/usr/bin/env bash
# The database Deployment, its Service and the NetworkPolicy that admits only the frontend.
set -euo pipefail

kubectl apply -f netdemo/database-deployment.yaml -f netdemo/database-service.yaml -f netdemo/database-networkpolicy.yaml
kubectl rollout status deployment/database -n netdemo --timeout=180s
