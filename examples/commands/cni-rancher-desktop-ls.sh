#!/usr/bin/env bash
# Rancher Desktop: list the CNI configuration on the node (the VM has no tree; ls -R always works).
set -euo pipefail

rdctl shell ls -R /etc/cni
