#!/usr/bin/env bash
# Nothing allows the client to reach the database. k3s (kube-router) rejects the connection at once: curl exit
# code 7. kind (kindnet) drops it, and curl gives up after --connect-timeout: exit code 28.
set -euo pipefail

kubectl exec client -n netdemo -- curl --silent --show-error --connect-timeout 5 http://database:5432/
