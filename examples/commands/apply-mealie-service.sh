#!/usr/bin/env bash
# The note's last command: create the Service from the file (create or update, declaratively).
set -euo pipefail

kubectl apply -f mealie/service.yaml
