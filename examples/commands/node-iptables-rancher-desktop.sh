#!/usr/bin/env bash
# On Rancher Desktop: kube-proxy's NAT rules for the echo Service, read in the VM (the node) and filtered on the Mac.
# Every rule kube-proxy writes carries the Service port's name as a comment ("netdemo/echo:http").
set -euo pipefail

rdctl shell sudo iptables-save -t nat | grep 'netdemo/echo:http'
