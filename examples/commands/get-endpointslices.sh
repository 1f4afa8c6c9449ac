#!/usr/bin/env bash
# The EndpointSlices of a Service carry the label kubernetes.io/service-name=<Service>: the Pod IPs it sends to.
set -euo pipefail

kubectl get endpointslices -n netdemo -l kubernetes.io/service-name=frontend
kubectl get endpointslices -n netdemo -l kubernetes.io/service-name=echo
