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

node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$node_major" -lt 20 ]; then
  echo "strapi-app: Strapi 5.54 needs Node 20 or later; found $(node -v 2>/dev/null || echo none)" >&2
  exit 1
fi
# better-sqlite3 cannot download its prebuilt binary here: build it against the installed Node headers.
export npm_config_nodedir=${npm_config_nodedir:-/usr}
if [ ! -f "$npm_config_nodedir/include/node/node.h" ]; then
  echo "strapi-app: no Node headers in $npm_config_nodedir/include/node (better-sqlite3 compiles against them);" \
    "set npm_config_nodedir to the Node installation that has them" >&2
  exit 1
fi
start=$(date +%s)
npm ci --no-audit --no-fund --loglevel=error
echo "$want" > "$stamp"
echo "strapi-app: installed in $(( $(date +%s) - start )) s"
