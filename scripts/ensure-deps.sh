#!/usr/bin/env bash
# Installs the npm dependencies from the lockfile when node_modules is missing
# or older than package-lock.json, so `npm start` and `npm test` work on a
# fresh clone with nothing else run first.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules ] || [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "=== npm ci (dependencies missing or older than package-lock.json) ==="
  npm ci --no-audit --no-fund
fi
