#!/usr/bin/env bash
# kind/cluster.yaml publishes the node's port 30080 on localhost:30080 (prints the HTTP status).
set -euo pipefail

curl --silent --show-error --retry 5 --retry-all-errors --output /dev/null --write-out '%{http_code}\n' http://localhost:30080/
