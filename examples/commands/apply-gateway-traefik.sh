#!/usr/bin/env bash
# k3s / Rancher Desktop with Traefik's Kubernetes Gateway provider enabled: the Gateway on Traefik's web EntryPoint and the HTTPRoute.
set -euo pipefail

kubectl apply -f netdemo/gateway-traefik.yaml -f netdemo/frontend-httproute.yaml
