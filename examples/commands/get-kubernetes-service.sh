#!/usr/bin/env bash
# The API server's own Service, in the default namespace: the first address of the service CIDR.
set -euo pipefail

kubectl get service kubernetes -n default
