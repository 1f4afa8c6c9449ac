#!/usr/bin/env bash
# Open only what the example needs: DNS for every Pod, HTTP into the frontend, frontend to database, client to frontend.
set -euo pipefail

kubectl apply -f netdemo/allow-dns-egress.yaml -f netdemo/frontend-allow-http.yaml -f netdemo/frontend-egress-database.yaml -f netdemo/client-egress-frontend.yaml
