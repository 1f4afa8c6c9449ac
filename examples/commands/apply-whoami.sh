#!/usr/bin/env bash
# The echo server and its three Services: LoadBalancer with Cluster, LoadBalancer with Local, ClusterIP with internalTrafficPolicy Local.
set -euo pipefail

kubectl apply -f netdemo/whoami-deployment.yaml -f netdemo/whoami-service-cluster.yaml -f netdemo/whoami-service-local.yaml -f netdemo/whoami-service-node-local.yaml
kubectl rollout status deployment/whoami -n netdemo --timeout=180s
