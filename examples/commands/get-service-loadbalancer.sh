#!/usr/bin/env bash
# After the switch: TYPE LoadBalancer, a node port, and (on k3s) the node's IP as EXTERNAL-IP.
set -euo pipefail

kubectl get svc -n netdemo
