#!/usr/bin/env bash
# On any cluster (AKS too): a debugging Pod on the node, in the node's network namespace with its file system at
# /host (--profile=sysadmin makes it privileged). It is created in the current namespace (default here, because
# netdemo's restricted policy rejects it) and stays there: delete the node-debugger-* Pod afterwards.
set -euo pipefail

kubectl debug node/kind-control-plane -n default -it --profile=sysadmin --image=registry.k8s.io/e2e-test-images/agnhost:2.52 -- chroot /host iptables-save -t nat
