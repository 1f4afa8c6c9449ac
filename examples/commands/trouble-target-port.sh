#!/usr/bin/env bash
# Symptom: the Service has endpoints, yet connections are refused. A wrong targetPort (9090, where nothing listens)
# shows in the EndpointSlice's PORTS column: the endpoints are the right Pods on the wrong port.
set -euo pipefail

kubectl patch service echo -n netdemo --type=json -p '[{"op":"replace","path":"/spec/ports/0/targetPort","value":9090}]'
kubectl get endpointslices -n netdemo -l kubernetes.io/service-name=echo
kubectl exec client -n netdemo -- curl --silent --show-error http://echo:8080/hostname
