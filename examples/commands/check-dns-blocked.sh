#!/usr/bin/env bash
# Under default deny the client cannot even look up a name: its DNS query to CoreDNS is egress too. The lookup
# gets no answer and curl gives up when --connect-timeout runs out (exit code 28).
set -euo pipefail

kubectl exec client -n netdemo -- curl --silent --show-error --connect-timeout 5 http://frontend:8080/
