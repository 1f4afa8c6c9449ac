#!/usr/bin/env bash
# In a second terminal while port-forward-echo.sh runs: three new connections through the tunnel, one Pod answers all.
set -euo pipefail

curl --silent --show-error --retry 5 --retry-all-errors --write-out '\n' http://localhost:18080/hostname
curl --silent --show-error --write-out '\n' http://localhost:18080/hostname
curl --silent --show-error --write-out '\n' http://localhost:18080/hostname
