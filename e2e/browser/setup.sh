#!/usr/bin/env bash
# Installs what the Neo4j Browser check (browser_test.go, check.mjs) needs and is not in Go:
# Debian's Chromium and playwright-core from npm (no browser download: it drives Chromium).
# Safe to run repeatedly; scripts/test runs it before go test.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

if [[ ! -x ${KG_CHROMIUM:-/usr/bin/chromium} ]]; then
  command -v apt-get >/dev/null || { echo "e2e/browser/setup.sh: no Chromium and no apt-get; install Chromium and set KG_CHROMIUM" >&2; exit 1; }
  echo "e2e/browser/setup.sh: installing chromium (apt-get)"
  if [[ $(id -u) -eq 0 ]]; then SUDO=(); else SUDO=(sudo); fi
  "${SUDO[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -qq chromium >/dev/null
fi
command -v node >/dev/null || { echo "e2e/browser/setup.sh: node is needed (Node.js 18 or later)" >&2; exit 1; }
if [[ ! -f node_modules/playwright-core/package.json ]]; then
  echo "e2e/browser/setup.sh: npm ci (playwright-core)"
  npm ci --no-audit --no-fund --loglevel=error
fi
