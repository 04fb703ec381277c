#!/usr/bin/env bash
# Rebuilds models/default exactly as shipped (see models/default/MODEL_CARD.md):
#   1. the synthetic corpus (500 campaigns, seed 1), delexicalised: prompts and completions name facts by slot;
#   2. phase 1: 1,800 steps from scratch on the corpus;
#   3. phase 2: resume to step 2,700 on the corpus;
#   4. copy the HF folder files into models/default.
# About 35-50 minutes on 2 CPU cores. Usage: models/tools/train-default.sh [WORK_DIR]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="${1:-/tmp/copydeck-train}"
mkdir -p "$work"
cd "$root"
./copydeck corpus --out "$work/corpus" --campaigns 500 --seed 1
# No layout augmentation any more (models/tools/augment_corpus.py): the generator itself now varies the prompt
# layout (Voice, Tone, Call to action, Pains, Proof present or not, "k of n" up to 10), and the script's
# Proof lines are words where prompts show only slots ("Proof: {proof}"), which would teach a layout the
# templates never produce.
cp models/default/config.json "$work/small.json"
common=(--valid "$work/corpus/valid.jsonl" --out "$work/default" --batch-size 16 --lr 1e-3 --min-lr 1e-4
  --warmup 100 --weight-decay 0.1 --clip 1.0 --dropout 0.0 --eval-examples 400 --log-every 20)
./copydeck model train "${common[@]}" --config "$work/small.json" --corpus "$work/corpus/train.jsonl" \
  --steps 1800 --eval-every 200 --seed 1 --time-limit 62
./copydeck model train "${common[@]}" --resume "$work/default/checkpoint" \
  --corpus "$work/corpus/train.jsonl" \
  --steps 2700 --eval-every 300 --seed 2 --time-limit 30
for f in config.json tokenizer.json model.safetensors model.safetensors.sha256 training-log.jsonl; do
  cp "$work/default/$f" models/default/
done
echo "models/default updated; re-measure the held-out sample perplexity (DefaultModelTest prints it) and update MODEL_CARD.md"
