#!/usr/bin/env bash
# Export the live Service as YAML. This is live state: strip status, uid, resourceVersion, creationTimestamp, clusterIP(s) and nodePort before reusing it.
set -euo pipefail

kubectl get svc frontend -n netdemo -o yaml
