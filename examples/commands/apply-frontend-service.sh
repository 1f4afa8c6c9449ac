#!/usr/bin/env bash
# Make the Service what the file says again (back to ClusterIP).
set -euo pipefail

kubectl apply -f netdemo/frontend-service.yaml
