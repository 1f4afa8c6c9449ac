#!/usr/bin/env bash
# The short name from the same namespace: the search list turns "frontend" into frontend.netdemo.svc.cluster.local.
set -euo pipefail

kubectl exec dnsutils -n netdemo -- nslookup frontend
