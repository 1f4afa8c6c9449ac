#!/usr/bin/env bash
# The Pod address range of each node (spec.podCIDR), cut from the cluster CIDR by the controller manager.
set -euo pipefail

kubectl get nodes -o custom-columns=NAME:.metadata.name,POD-CIDR:.spec.podCIDR
