#!/usr/bin/env bash
# Create the kind cluster for the NodePort variant (run from the examples/ folder).
set -euo pipefail

kind create cluster --config kind/cluster.yaml
