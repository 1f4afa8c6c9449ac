#!/usr/bin/env bash
# Both Services now select the same Pods: frontend (ClusterIP) and frontend-nodeport (NodePort).
set -euo pipefail

kubectl get service -n netdemo
