#!/usr/bin/env bash
# Compare the live Service with the file before applying (exit code 1 means "there are differences").
set -euo pipefail

kubectl diff -f netdemo/frontend-service.yaml
