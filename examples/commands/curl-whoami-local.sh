#!/usr/bin/env bash
# The same request to the Local Service: RemoteAddr is now your machine's address as the node sees it.
set -euo pipefail

curl --silent --show-error "http://$(kubectl get service whoami-local -n netdemo -o jsonpath='{.status.loadBalancer.ingress[0].ip}'):8082/"
