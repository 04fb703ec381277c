#!/usr/bin/env bash
# Side-by-side throughput: `model bench` (DJL/TensorFlow) and ../shared/bench/torch_gpt2.py --bench
# on the same GPT-2-small-shaped random weights, same batch / prompt / new tokens, 2 threads.
#
#   models/tools/bench_vs_torch.sh [WEIGHTS_DIR] [ROUNDS]
#
# Needs: `apt-get install -y python3-torch libopenblas0-pthread`, and `mvn -q -pl models compile`.
# `model bench` measures ROUNDS times in one process (--repeat) and reports the best and the median;
# torch_gpt2.py runs ROUNDS times. Compare the best rounds: other work on the machine only ever
# makes a run slower. PRECISION=BF16 benches the bfloat16 variant.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
dir=${1:-/tmp/gpt2-random}
rounds=${2:-3}
torch_py=$root/../shared/bench/torch_gpt2.py
cd "$root/models"
[ -f /tmp/copydeck-models.cp ] || mvn -B -q dependency:build-classpath -Dmdep.outputFile=/tmp/copydeck-models.cp >/dev/null
cp="target/classes:$(cat /tmp/copydeck-models.cp)"
if [ ! -f "$dir/model.safetensors" ]; then
  env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE /usr/bin/python3 "$torch_py" --shape gpt2 --save "$dir" >/dev/null
fi
export TF_CPP_MIN_LOG_LEVEL=2
for cfg in "1 32 64" "8 32 64"; do
  set -- $cfg
  java -cp "$cp" io.copydeck.models.cli.ModelCommand bench "$dir" --batch "$1" --prompt-tokens "$2" \
    --new-tokens "$3" --threads 2 --repeat "$rounds" --precision "${PRECISION:-F32}" 2>/dev/null | grep '^{'
  for r in $(seq "$rounds"); do
    env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE /usr/bin/python3 "$torch_py" --model "$dir" --bench \
      --batch "$1" --prompt "$2" --new "$3" --threads 2 | tail -1
  done
done
