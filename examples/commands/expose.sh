#!/usr/bin/env bash
# The note's command: create a ClusterIP Service "frontend" for the Deployment, port 8080.
set -euo pipefail

kubectl expose deployment frontend --port 8080 -n netdemo
