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

# Two single-threaded steps at a time on the 2-core machine: each writes its own log, shown
# when both are done; the first failure stops the run.
both() {
  local a="$1" b="$2"; shift 2
  step "$a + $b (side by side)"
  bash -c "$1" > "reports/$a.log" 2>&1 & local pa=$!
  bash -c "$2" > "reports/$b.log" 2>&1 & local pb=$!
  local ra=0 rb=0
  wait "$pa" || ra=$?
  wait "$pb" || rb=$?
  printf -- '--- %s ---\n' "$a"; cat "reports/$a.log"
  printf -- '--- %s ---\n' "$b"; cat "reports/$b.log"
  if [ "$ra" != 0 ]; then echo "$a failed (exit $ra)"; exit "$ra"; fi
  if [ "$rb" != 0 ]; then echo "$b failed (exit $rb)"; exit "$rb"; fi
}

both typecheck lint "npm run -s typecheck" "npm run -s lint"
step "i18n keys";         npm run -s i18n
step "unit tests";        npx vitest run --reporter=default --reporter=json --outputFile.json=reports/vitest.json
step "deploy manifests";  npm run -s check:deploy
both build build-host "npm run -s build -- --stats errors-warnings" "npm run -s build:host -- --stats errors-warnings"
step "kubectl against the simulated cluster"; npm run -s test:kubectl
step "end-to-end (Playwright, Debian Chromium)"; npx playwright test

step "summary"
npx tsx scripts/test-summary.ts
