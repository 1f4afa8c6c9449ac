#!/usr/bin/env bash
# The fix for both: put the Service back as the file says (selector app=echo, targetPort http) and check again.
set -euo pipefail

kubectl apply -f netdemo/echo-service.yaml
kubectl get endpointslices -n netdemo -l kubernetes.io/service-name=echo
kubectl exec client -n netdemo -- curl --silent --show-error --write-out '\n' http://echo:8080/hostname
