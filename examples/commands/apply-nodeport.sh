#!/usr/bin/env bash
# kind (no LoadBalancer): add a NodePort Service on port 30080 instead.
set -euo pipefail

kubectl apply -f netdemo/frontend-service-nodeport.yaml
