#!/usr/bin/env bash
# On kind: the node is the Docker container kind-control-plane; the same rules, with kind's address ranges.
set -euo pipefail

docker exec kind-control-plane iptables-save -t nat | grep 'netdemo/echo:http cluster IP'
