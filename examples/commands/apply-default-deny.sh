#!/usr/bin/env bash
# Deny everything in netdemo, in and out, until other policies allow it.
set -euo pipefail

kubectl apply -f netdemo/default-deny.yaml
