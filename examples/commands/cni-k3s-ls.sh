#!/usr/bin/env bash
# Plain k3s, on the node itself: k3s keeps its CNI configuration under its own data directory.
set -euo pipefail

sudo ls -R /var/lib/rancher/k3s/agent/etc/cni
