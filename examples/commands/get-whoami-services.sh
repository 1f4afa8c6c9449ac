#!/usr/bin/env bash
# The three whoami Services: both LoadBalancers get a node port and (on k3s) the node's IP as EXTERNAL-IP.
set -euo pipefail

kubectl get service -n netdemo -l app=whoami
