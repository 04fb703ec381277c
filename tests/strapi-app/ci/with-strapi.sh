#!/usr/bin/env bash
# Runs a command with the test Strapi up: install (cached), start, run "$@", stop; keeps the command's exit code.
# Usage: tests/strapi-app/ci/with-strapi.sh mvn -B verify
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
"$here/install.sh" || exit $?
FRESH=1 "$here/start.sh" || exit $?
trap '"$here/stop.sh"' EXIT
"$@"
