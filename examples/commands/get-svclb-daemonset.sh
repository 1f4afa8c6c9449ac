#!/usr/bin/env bash
# k3s ServiceLB: one svclb-frontend-* DaemonSet in kube-system holds port 8080 on every node.
set -euo pipefail

kubectl get daemonset -n kube-system -l svccontroller.k3s.cattle.io/svcname=frontend,svccontroller.k3s.cattle.io/svcnamespace=netdemo
