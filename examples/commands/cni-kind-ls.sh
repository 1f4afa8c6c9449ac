#!/usr/bin/env bash
# kind: each node is a container; list its CNI configuration with docker exec.
set -euo pipefail

docker exec kind-control-plane ls /etc/cni/net.d
