#!/usr/bin/env bash
# The note's way: opens the live Service in $EDITOR; change spec.type from ClusterIP to LoadBalancer, save, quit.
set -euo pipefail

kubectl edit svc frontend -n netdemo
