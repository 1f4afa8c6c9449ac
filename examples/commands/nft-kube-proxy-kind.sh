#!/usr/bin/env bash
# In nftables mode, one table (ip kube-proxy) holds everything; the echo Service has one chain whose name is a hash
# and the readable "namespace/service/protocol/port". Needs the echo Deployment and Service applied to kind-nftables.
set -euo pipefail

docker exec kind-nftables-control-plane nft list chain ip kube-proxy service-FN3K6JDK-netdemo/echo/tcp/http
