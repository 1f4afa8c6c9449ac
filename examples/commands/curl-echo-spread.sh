#!/usr/bin/env bash
# Six requests to the Service from inside the cluster, each curl a new connection: kube-proxy picks a Pod per
# connection, at random in iptables mode, so the answering Pod changes.
set -euo pipefail

kubectl exec client -n netdemo -- sh -c 'for i in 1 2 3 4 5 6; do curl --silent --show-error http://echo:8080/hostname; echo; done'
