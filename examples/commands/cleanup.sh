#!/usr/bin/env bash
# Delete everything the walkthrough created: deleting a Namespace deletes every object in it.
set -euo pipefail

kubectl delete namespace netdemo mealie --ignore-not-found
