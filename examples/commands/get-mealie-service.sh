#!/usr/bin/env bash
# The mealie Service: on k3s / Rancher Desktop the EXTERNAL-IP is the node's IP; on kind it stays <pending>.
set -euo pipefail

kubectl get service mealie -n mealie
