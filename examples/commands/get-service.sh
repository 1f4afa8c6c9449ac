#!/usr/bin/env bash
# List the Services in netdemo.
set -euo pipefail

kubectl get service -n netdemo
