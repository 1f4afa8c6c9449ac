#!/usr/bin/env bash
# Create the nftables kind cluster and make it the current kube context (kind names the context kind-kind-nftables).
set -euo pipefail

kind create cluster --config kind/cluster-nftables.yaml
