#!/usr/bin/env bash
# In a second terminal while port-forward runs: ask the frontend through the tunnel (prints the HTTP status).
set -euo pipefail

curl --silent --show-error --retry 5 --retry-all-errors --output /dev/null --write-out '%{http_code}\n' http://localhost:8080/
