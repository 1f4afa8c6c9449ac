#!/usr/bin/env bash
# The same question on kind, in each cluster's node container: the default cluster and the nftables one.
set -euo pipefail

docker exec kind-control-plane curl --silent --write-out '\n' http://127.0.0.1:10249/proxyMode
docker exec kind-nftables-control-plane curl --silent --write-out '\n' http://127.0.0.1:10249/proxyMode
