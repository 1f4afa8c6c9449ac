#!/usr/bin/env bash
# kind with cloud-provider-kind running: the Gateway and the HTTPRoute that attaches the frontend to it.
set -euo pipefail

kubectl apply -f netdemo/gateway-kind.yaml -f netdemo/frontend-httproute.yaml
kubectl wait gateway/frontend -n netdemo --for=condition=Programmed --timeout=120s
