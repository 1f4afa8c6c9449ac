#!/usr/bin/env bash
# The database password: generated on the spot and stored only in the cluster, never in a file.
set -euo pipefail

kubectl create secret generic database -n netdemo --from-literal=POSTGRES_PASSWORD="$(openssl rand -base64 24)"
