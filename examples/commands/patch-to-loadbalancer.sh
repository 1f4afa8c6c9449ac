#!/usr/bin/env bash
# Switch the Service from ClusterIP to LoadBalancer (the same change as kubectl edit, without an editor).
set -euo pipefail

kubectl patch service frontend -n netdemo -p '{"spec":{"type":"LoadBalancer"}}'
