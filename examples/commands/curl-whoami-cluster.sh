#!/usr/bin/env bash
# From your machine to the Cluster Service's EXTERNAL-IP: RemoteAddr is what the Pod saw as the client.
set -euo pipefail

curl --silent --show-error "http://$(kubectl get service whoami-cluster -n netdemo -o jsonpath='{.status.loadBalancer.ingress[0].ip}'):8081/"
