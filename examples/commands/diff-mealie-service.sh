#!/usr/bin/env bash
# What applying service.yaml would change (for a new object: all of it; exit code 1 means "there are differences").
set -euo pipefail

kubectl diff -f mealie/service.yaml
