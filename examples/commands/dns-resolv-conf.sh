#!/usr/bin/env bash
# The resolver settings kubelet writes into every Pod (dnsPolicy: ClusterFirst): the cluster DNS Service as the
# nameserver, the Pod's own namespace first in the search list, and ndots:5.
set -euo pipefail

kubectl exec dnsutils -n netdemo -- cat /etc/resolv.conf
