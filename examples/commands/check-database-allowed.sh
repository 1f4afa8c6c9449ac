#!/usr/bin/env bash
# A frontend Pod (app=frontend) may reach the database: the connection gets through to PostgreSQL, which closes it
# without answering the HTTP request, so curl ends with "Empty reply from server" (exit code 52), not 7 or 28.
set -euo pipefail

kubectl exec deploy/frontend -n netdemo -- curl --silent --show-error --connect-timeout 5 http://database:5432/
