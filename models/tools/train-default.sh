#!/usr/bin/env bash
# Rebuilds models/default: generates the synthetic corpus, trains the small GPT-2 on it, and
# copies the HF folder files into models/default. About 45 minutes on 2 CPU cores.
# Usage: models/tools/train-default.sh [WORK_DIR]   (default WORK_DIR: /tmp/copydeck-train)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="${1:-/tmp/copydeck-train}"
mkdir -p "$work"
cd "$root"
./copydeck corpus --out "$work/corpus" --campaigns 500 --seed 1
cp models/default/config.json "$work/small.json"
./copydeck model train \
  --corpus "$work/corpus/train.jsonl" --valid "$work/corpus/valid.jsonl" \
  --config "$work/small.json" --out "$work/default" \
  --steps 1800 --batch-size 16 --lr 1e-3 --min-lr 1e-4 --warmup 100 --weight-decay 0.1 --clip 1.0 \
  --dropout 0.0 --eval-every 200 --eval-examples 400 --log-every 20 --seed 1 --time-limit 62
for f in config.json tokenizer.json model.safetensors model.safetensors.sha256 training-log.jsonl; do
  cp "$work/default/$f" models/default/
done
echo "models/default updated; re-measure the held-out sample perplexity (DefaultModelTest prints it) and update MODEL_CARD.md"
