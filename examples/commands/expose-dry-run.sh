#!/usr/bin/env bash
# A cleaner way to get a reusable manifest: let kubectl generate it without creating anything.
set -euo pipefail

kubectl expose deployment frontend --port 8080 -n netdemo --dry-run=client -o yaml
