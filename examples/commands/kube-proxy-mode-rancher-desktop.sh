#!/usr/bin/env bash
# Ask kube-proxy itself: its metrics server (127.0.0.1:10249 on the node) answers /proxyMode with the mode in use.
# On k3s kube-proxy runs inside the k3s process, started with --proxy-mode=iptables unless --kube-proxy-arg says otherwise.
set -euo pipefail

rdctl shell wget -qO- http://127.0.0.1:10249/proxyMode
