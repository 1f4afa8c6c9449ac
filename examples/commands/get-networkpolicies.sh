#!/usr/bin/env bash
# The policies in netdemo and the Pods each one selects (an empty POD-SELECTOR means every Pod).
set -euo pipefail

kubectl get networkpolicy -n netdemo
