#!/usr/bin/env bash
# Forward localhost:8080 to port 8080 of ONE Pod behind the Service; runs until you press Ctrl+C.
set -euo pipefail

kubectl port-forward service/frontend 8080 -n netdemo
