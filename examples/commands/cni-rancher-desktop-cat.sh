#!/usr/bin/env bash
# Rancher Desktop: show the flannel configuration the node uses.
set -euo pipefail

rdctl shell cat /etc/cni/net.d/10-flannel.conflist
