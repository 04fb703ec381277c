#!/usr/bin/env bash
# Stops the test Strapi by the PID in .state/strapi.env (only if that PID is still a Strapi).
set -euo pipefail
app=$(cd "$(dirname "$0")/.." && pwd)
state=$app/.state/strapi.env
[ -f "$state" ] || { echo "strapi-app: no state file, nothing to stop"; exit 0; }
pid=$(sed -n 's/^STRAPI_PID=//p' "$state")
if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && grep -q strapi "/proc/$pid/cmdline" 2>/dev/null; then
  kill "$pid"
  for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
  kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
  echo "strapi-app: stopped pid $pid"
else
  echo "strapi-app: pid ${pid:-?} is not running"
fi
# Without a live server the integration tests must skip, not fail: drop the PID and URL.
rm -f "$state"
