#!/usr/bin/env bash
# Each Pod's own IP address and the node it runs on.
set -euo pipefail

kubectl get pods -n netdemo -l app=echo -o wide
