#!/usr/bin/env bash
# Benchmark of a full `copydeck build`: cold (empty generation cache) then warm (everything cached),
# on the shipped model unless MODEL is set. Prints jobs, completions, tokens, tokens/s and wall time,
# and the warm/cold ratio, measured in this one script so the machine's noise affects both alike.
# Usage: tests/bench/build.sh [SPEC]   (default: ../shared/spec/examples/spring-launch.campaign, else examples/autumn-tea.campaign)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
spec="${1:-$root/../shared/spec/examples/spring-launch.campaign}"
[ -f "$spec" ] || spec="$root/examples/autumn-tea.campaign"
model="${MODEL:-$root/models/default}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$root/copydeck" --version >/dev/null   # build the CLI first, outside the timings
jobs=$("$root/copydeck" plan "$spec" | tail -1)

run() { # label
  local start end
  start=$(date +%s.%N)
  "$root/copydeck" build "$spec" --model "$model" --out "$work/out" --cache "$work/cache" --keep-going > "$work/$1.log" 2>&1 || true
  end=$(date +%s.%N)
  awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }'
}

cold=$(run cold)
warm=$(run warm)
echo "spec:   $spec"
echo "model:  $model"
echo "plan:   $jobs"
echo "cold:   ${cold}s  $(grep -E '^[0-9]+ completions' "$work/cold.log")"
echo "warm:   ${warm}s  $(grep -E '^[0-9]+ completions' "$work/warm.log")"
awk -v w="$warm" -v c="$cold" 'BEGIN { printf "warm/cold wall-time ratio: %.3f\n", w / c }'
