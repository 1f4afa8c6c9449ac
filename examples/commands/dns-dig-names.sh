#!/usr/bin/env bash
# Three spellings of the same Service. dig does not use the search list unless told to (+search), so the first
# line is the full name (FQDN); "frontend.netdemo" is what a Pod in another namespace would write.
set -euo pipefail

kubectl exec dnsutils -n netdemo -- dig +short frontend.netdemo.svc.cluster.local
kubectl exec dnsutils -n netdemo -- dig +short +search frontend.netdemo
kubectl exec dnsutils -n netdemo -- dig +short +search frontend
