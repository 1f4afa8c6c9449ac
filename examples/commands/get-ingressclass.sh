#!/usr/bin/env bash
# The IngressClasses of the cluster: on k3s / Rancher Desktop, the one Traefik handles.
set -euo pipefail

kubectl get ingressclass
