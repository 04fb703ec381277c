#!/usr/bin/env bash
# Starts the test Strapi on 127.0.0.1, waits for GET /_health, provisions an admin and a full-access
# API token, and writes .state/strapi.env (STRAPI_PID, STRAPI_URL, STRAPI_TOKEN, STRAPI_APP_DIR) for the
# tests and for stop.sh. A free port is picked unless PORT is set (a restart passes the old one so the
# URL stays the same). The database in .tmp/ survives restarts; FRESH=1 starts from an empty one.
set -euo pipefail
app=$(cd "$(dirname "$0")/.." && pwd)
cd "$app"
state=$app/.state/strapi.env
mkdir -p .state .tmp
[ "${FRESH:-0}" = 1 ] && rm -rf .tmp/* "$state"

if [ -f "$state" ] && kill -0 "$(sed -n 's/^STRAPI_PID=//p' "$state")" 2>/dev/null; then
  echo "strapi-app: already running ($(sed -n 's/^STRAPI_URL=//p' "$state")); stop.sh first" >&2
  exit 1
fi

# Secrets of this checkout's test instance: made once, never committed.
if [ ! -f .env ]; then
  secret() { node -e "process.stdout.write(require('crypto').randomBytes(24).toString('base64'))"; }
  umask 077
  {
    echo "APP_KEYS=$(secret),$(secret)"
    echo "API_TOKEN_SALT=$(secret)"
    echo "ADMIN_JWT_SECRET=$(secret)"
    echo "TRANSFER_TOKEN_SALT=$(secret)"
    echo "JWT_SECRET=$(secret)"
    echo "ENCRYPTION_KEY=$(secret)"
  } > .env
fi

port=${PORT:-$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})")}
url=http://127.0.0.1:$port
old_token=$( [ -f "$state" ] && sed -n 's/^STRAPI_TOKEN=//p' "$state" || true)

start=$(date +%s%N)
# The binary itself, not npx, so that $! is the server's PID. No telemetry: the network is closed anyway.
HOST=127.0.0.1 PORT=$port STRAPI_TELEMETRY_DISABLED=true \
  nohup ./node_modules/.bin/strapi start > .state/strapi.log 2>&1 < /dev/null &
pid=$!

if ! token=$(node ci/provision.js "$url" "$pid" "$old_token"); then
  echo "strapi-app: did not come up; last lines of .state/strapi.log:" >&2
  tail -n 40 .state/strapi.log >&2
  kill "$pid" 2>/dev/null || true
  exit 1
fi
elapsed=$(( ($(date +%s%N) - start) / 1000000 ))

umask 077
printf 'STRAPI_PID=%s\nSTRAPI_URL=%s\nSTRAPI_TOKEN=%s\nSTRAPI_APP_DIR=%s\n' "$pid" "$url" "$token" "$app" > "$state.tmp"
mv "$state.tmp" "$state"
echo "strapi-app: up at $url (pid $pid) in ${elapsed} ms; state in $state"
