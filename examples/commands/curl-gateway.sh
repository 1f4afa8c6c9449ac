#!/usr/bin/env bash
# From your machine to port 80 of the Gateway's address: the HTTPRoute sends the request to the frontend (prints the HTTP status).
set -euo pipefail

curl --silent --show-error --output /dev/null --write-out '%{http_code}\n' "http://$(kubectl get gateway frontend -n netdemo -o jsonpath='{.status.addresses[0].value}')/"
