#!/usr/bin/env bash
# From inside the cluster: reach the frontend by its Service name (DNS -> ClusterIP -> a Pod).
set -euo pipefail

kubectl exec client -n netdemo -- curl --silent --show-error --output /dev/null --write-out '%{http_code}\n' http://frontend:8080/
