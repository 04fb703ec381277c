#!/usr/bin/env bash
# The GPU check for docs/performance.md: on a machine with an NVIDIA GPU (CUDA 12.x driver), bench
# GPT-2-small-shaped random weights at batch 1, 8 and 64 on the GPU path, then once on the CPU path.
# Prepared so that one short run of the device tool is enough:
#
#   models/tools/gpu_bench.sh > gpu-bench.jsonl
#
# Needs the compiled module and its classpath (mvn -q -pl models compile dependency:build-classpath
# -Dmdep.outputFile=/tmp/copydeck-models.cp, done here first if missing). Weights are generated in Java
# (`model random`), so PyTorch is not needed on the GPU machine.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root/models"
[ -f /tmp/copydeck-models.cp ] || mvn -B -q dependency:build-classpath -Dmdep.outputFile=/tmp/copydeck-models.cp >/dev/null
cp="target/classes:$(cat /tmp/copydeck-models.cp)"
dir=${1:-/tmp/gpt2-random}
export TF_CPP_MIN_LOG_LEVEL=2
run() { java -cp "$cp" io.copydeck.models.cli.ModelCommand "$@"; }
[ -f "$dir/model.safetensors" ] || run random "$dir" --shape gpt2 >&2
run info "$dir" >&2
for b in 1 8 64; do
  run bench "$dir" --device gpu --batch "$b" --prompt-tokens 32 --new-tokens 64
done
# the same natives, forced onto the CPU override: checks that both paths pick the right device
java -Dcopydeck.tensorflow.natives=cpu -cp "$cp" io.copydeck.models.cli.ModelCommand bench "$dir" \
  --device cpu --batch 8 --prompt-tokens 32 --new-tokens 16
