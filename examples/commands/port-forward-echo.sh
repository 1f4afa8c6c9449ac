#!/usr/bin/env bash
# Forward localhost:18080 to ONE echo Pod (kubectl picks it when the command starts); runs until you press Ctrl+C.
set -euo pipefail

kubectl port-forward service/echo 18080:8080 -n netdemo
