#!/usr/bin/env bash
# The Ingress: its class, the hosts it matches (* is any), and the address Traefik publishes for it.
set -euo pipefail

kubectl get ingress -n netdemo
