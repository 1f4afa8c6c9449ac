#!/usr/bin/env bash
# The client Pod is not app=frontend, so the NetworkPolicy blocks its connection. On k3s / Rancher Desktop the
# policy controller (kube-router) rejects it at once: curl exits 7. On kind, kindnet drops it: curl times out (28).
set -euo pipefail

kubectl exec client -n netdemo -- curl --silent --show-error --connect-timeout 5 http://database:5432/
