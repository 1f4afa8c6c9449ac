#!/usr/bin/env bash
# From your machine to port 80 of the Ingress address: Traefik forwards the request to a frontend Pod (prints the HTTP status).
set -euo pipefail

curl --silent --show-error --output /dev/null --write-out '%{http_code}\n' "http://$(kubectl get ingress frontend -n netdemo -o jsonpath='{.status.loadBalancer.ingress[0].ip}')/"
