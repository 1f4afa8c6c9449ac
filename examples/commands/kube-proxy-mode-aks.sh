#!/usr/bin/env bash
# On AKS: which data plane the cluster was created with. "azure" runs kube-proxy; "cilium" (Azure CNI powered by
# Cilium) balances Services with Cilium's eBPF programs instead. Replace the resource group and cluster names.
set -euo pipefail

az aks show --resource-group my-resource-group --name my-aks-cluster --query networkProfile.networkDataplane --output tsv
