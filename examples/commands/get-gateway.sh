#!/usr/bin/env bash
# The Gateway: its class, the address it was given and whether the implementation has programmed it.
set -euo pipefail

kubectl get gateway -n netdemo
