#!/usr/bin/env bash
# The same list with extra columns: -o wide adds SELECTOR.
set -euo pipefail

kubectl get service -n netdemo -o wide
