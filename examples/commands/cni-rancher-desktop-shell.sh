#!/usr/bin/env bash
# Rancher Desktop: open a shell on the node (the Alpine VM), not in a Pod. Type exit to leave.
set -euo pipefail

rdctl shell
