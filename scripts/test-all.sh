#!/usr/bin/env bash
# `npm test`: every check the project has, in the order that fails fastest.
# Installs what it needs on a fresh Debian machine (Chromium for Playwright,
# nginx for the config check) and the npm dependencies from the lockfile.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p reports

step() { printf '\n=== %s ===\n' "$*"; }

# --- system packages --------------------------------------------------------
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx-light)
command -v openssl >/dev/null 2>&1 || missing+=(openssl)
if [ ${#missing[@]} -gt 0 ]; then
  step "apt-get install ${missing[*]}"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
  # Debian starts nginx on install; the checks only need the binary.
  (service nginx stop || true) >/dev/null 2>&1
fi

# --- npm dependencies -------------------------------------------------------
bash scripts/ensure-deps.sh

step "type check";        npm run -s typecheck
step "lint";              npm run -s lint
step "i18n keys";         npm run -s i18n
step "unit tests";        npx vitest run --reporter=default --reporter=json --outputFile.json=reports/vitest.json
step "deploy manifests";  npm run -s check:deploy
step "production build";  npm run -s build -- --stats errors-warnings
step "host build";        npm run -s build:host -- --stats errors-warnings
step "kubectl against the simulated cluster"; npm run -s test:kubectl
step "end-to-end (Playwright, Debian Chromium)"; npx playwright test

step "summary"
npx tsx scripts/test-summary.ts
