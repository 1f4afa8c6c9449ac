#!/usr/bin/env bash
# CoreDNS runs as ordinary Pods in kube-system, behind the Service kube-dns (10.43.0.10 on k3s, 10.96.0.10 on kind).
# Both carry the label k8s-app=kube-dns, kept from the older kube-dns for compatibility.
set -euo pipefail

kubectl get pods -n kube-system -l k8s-app=kube-dns -o wide
kubectl get endpointslices -n kube-system -l kubernetes.io/service-name=kube-dns
