#!/usr/bin/env bash
# Symptom: a new Pod runs but gets no traffic. A readiness probe on a path that does not exist keeps the Pod of the
# new revision unready; the EndpointSlice lists it with ready=false and kube-proxy leaves it out. The rollout waits.
set -euo pipefail

kubectl patch deployment echo -n netdemo --type=json -p '[{"op":"replace","path":"/spec/template/spec/containers/0/readinessProbe/httpGet/path","value":"/not-there"}]'
# rollout status gives up after 30 s: the new Pod never becomes ready, so the rollout never finishes.
kubectl rollout status deployment/echo -n netdemo --timeout=30s || true
kubectl get pods -n netdemo -l app=echo
kubectl get endpointslices -n netdemo -l kubernetes.io/service-name=echo -o jsonpath='{range .items[*].endpoints[*]}{.addresses[0]} ready={.conditions.ready}{"\n"}{end}'
