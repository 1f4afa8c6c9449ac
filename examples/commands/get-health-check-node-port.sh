#!/usr/bin/env bash
# Only the Local LoadBalancer Service gets a health check node port: the port a load balancer probes on every node.
set -euo pipefail

kubectl get service whoami-local -n netdemo -o jsonpath='{.spec.healthCheckNodePort}{"\n"}'
