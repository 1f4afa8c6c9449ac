#!/usr/bin/env bash
# The objects behind the note's mealie Service: Namespace, volume claim and Deployment (pulling the image takes a while).
set -euo pipefail

kubectl apply -f mealie/namespace.yaml -f mealie/pvc.yaml -f mealie/deployment.yaml
kubectl rollout status deployment/mealie -n mealie --timeout=600s
