#!/usr/bin/env bash
# The client Pod is not app=frontend, so the NetworkPolicy drops its connection: curl times out (exit code 28).
set -euo pipefail

kubectl exec client -n netdemo -- curl --silent --show-error --connect-timeout 5 http://database:5432/
