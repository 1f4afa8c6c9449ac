#!/usr/bin/env bash
# k3s / Rancher Desktop: Traefik's LoadBalancer Service has its own ServiceLB DaemonSet, which holds ports 80 and 443 on every node.
set -euo pipefail

kubectl get daemonset -n kube-system -l svccontroller.k3s.cattle.io/svcname=traefik
