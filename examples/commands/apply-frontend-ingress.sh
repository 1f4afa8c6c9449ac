#!/usr/bin/env bash
# Route HTTP on port 80 of the nodes to the frontend through Traefik.
set -euo pipefail

kubectl apply -f netdemo/frontend-ingress.yaml
