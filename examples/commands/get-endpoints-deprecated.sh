#!/usr/bin/env bash
# The older Endpoints API still answers, but since Kubernetes 1.33 the API server adds a deprecation warning:
# read EndpointSlices instead (commands/get-endpointslices.sh).
set -euo pipefail

kubectl get endpoints frontend -n netdemo
