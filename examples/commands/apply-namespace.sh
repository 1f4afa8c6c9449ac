#!/usr/bin/env bash
# Create the netdemo Namespace (Pod Security "restricted" enforced). Run from the examples/ folder.
set -euo pipefail

kubectl apply -f netdemo/namespace.yaml
