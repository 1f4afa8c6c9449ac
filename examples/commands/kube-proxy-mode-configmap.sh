#!/usr/bin/env bash
# On kubeadm-made clusters (kind too) kube-proxy runs as a DaemonSet that reads its configuration from the ConfigMap
# kube-proxy (label app=kube-proxy) in kube-system. k3s has no such ConfigMap.
set -euo pipefail

kubectl get configmaps -n kube-system -l app=kube-proxy -o jsonpath='{.items[0].data.config\.conf}' | grep '^mode:'
