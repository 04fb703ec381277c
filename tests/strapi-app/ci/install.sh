#!/usr/bin/env bash
# Installs the test Strapi's node_modules exactly as package-lock.json says (npm ci).
# Cached: skipped when node_modules was installed from the same lock file.
set -euo pipefail
cd "$(dirname "$0")/.."

stamp=node_modules/.copydeck-lock.sha256
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ -d node_modules ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
  echo "strapi-app: node_modules matches package-lock.json, nothing to install"
  exit 0
fi

start=$(date +%s)
# better-sqlite3 cannot download its prebuilt binary here: build it against the installed Node headers.
export npm_config_nodedir=${npm_config_nodedir:-/usr}
npm ci --no-audit --no-fund --loglevel=error
echo "$want" > "$stamp"
echo "strapi-app: installed in $(( $(date +%s) - start )) s"
