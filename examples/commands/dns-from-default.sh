#!/usr/bin/env bash
# From another namespace (default), "frontend" alone is searched in default.svc.cluster.local and not found;
# "frontend.netdemo" is found through the search domain svc.cluster.local. The Pod is deleted when it ends (--rm).
set -euo pipefail

kubectl run dns-check -n default --rm -i --restart=Never --image=registry.k8s.io/e2e-test-images/agnhost:2.52 --command -- nslookup frontend.netdemo
