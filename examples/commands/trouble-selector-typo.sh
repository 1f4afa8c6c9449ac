#!/usr/bin/env bash
# Symptom: connections to the Service are refused. Break the selector on purpose (app=ecoh selects no Pod),
# look at the EndpointSlice (no endpoints), and try to connect: with no endpoints kube-proxy rejects the connection.
set -euo pipefail

kubectl patch service echo -n netdemo -p '{"spec":{"selector":{"app":"ecoh"}}}'
kubectl get endpointslices -n netdemo -l kubernetes.io/service-name=echo
kubectl get pods -n netdemo -l app=ecoh
kubectl exec client -n netdemo -- curl --silent --show-error http://echo:8080/hostname
