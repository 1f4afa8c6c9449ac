#!/usr/bin/env bash
# The frontend's egress and the database's ingress both allow TCP 5432, so the connection gets through. PostgreSQL
# does not speak HTTP and closes it without a reply: curl exit code 52 means "connected, then no answer".
set -euo pipefail

kubectl exec deployment/frontend -n netdemo -- curl --silent --show-error --connect-timeout 5 http://database:5432/
