#!/usr/bin/env bash
# Rebuilds models/default as shipped (see models/default/MODEL_CARD.md). Two recipes:
#
#   models/tools/train-default.sh [WORK_DIR]             from scratch on today's corpus:
#       the synthetic corpus (500 campaigns, seed 1), delexicalised (prompts and completions name facts
#       by slot, long fields as their parts); 1,800 steps from scratch, then resume to step 2,700.
#       About 35-50 minutes on 2 CPU cores.
#   models/tools/train-default.sh --finetune [WORK_DIR]  the shipped weights since 2026-12-02 (third session):
#       commit 0dc2c7f's weights fine-tuned up to 600 steps (30-minute limit) on today's corpus, with `--from`:
#       frames that need no article or number agreement from a fact ("The details: {features}.", "{pain}? If
#       that sounds familiar, read on."), so that a bare "blower-door test" or a plural pain reads right, and
#       email details paragraphs aimed 10 words above their floor. About 15 minutes on 2 idle CPU cores.
#       0dc2c7f's weights are a637175's fine-tuned 900 steps on the corpus of fact shapes (noun phrase, verb
#       phrase, clause; dsl/brief/FactShape), email bodies as three paragraphs (dsl/plan/LongForm) and text
#       messages that name their product; a637175's are 7e3a4ba's fine-tuned 1,500 steps on the long-form corpus.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
finetune=false
if [[ "${1:-}" == "--finetune" ]]; then finetune=true; shift; fi
work="${1:-/tmp/copydeck-train}"
mkdir -p "$work"
cd "$root"
./copydeck corpus --out "$work/corpus" --campaigns 500 --seed 1
if $finetune; then
  base="$work/base"
  mkdir -p "$base"
  for f in config.json tokenizer.json model.safetensors; do git show "0dc2c7f:models/default/$f" > "$base/$f"; done
  ./copydeck model train --from "$base" --corpus "$work/corpus/train.jsonl" --valid "$work/corpus/valid.jsonl" \
    --out "$work/default" --batch-size 16 --lr 3e-4 --min-lr 5e-5 --warmup 30 --weight-decay 0.1 --clip 1.0 \
    --dropout 0.0 --eval-examples 400 --log-every 20 --steps 600 --eval-every 300 --seed 5 --time-limit 30
  for f in config.json tokenizer.json model.safetensors model.safetensors.sha256 training-log.jsonl; do
    cp "$work/default/$f" models/default/
  done
  # The sentences the model was taught: the build drops any other it writes (compiler/.../SentenceInventory).
  cp "$work/corpus/sentences.txt" models/default/
  echo "models/default updated (fine-tuned); re-measure and update MODEL_CARD.md"
  exit 0
fi
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
cp "$work/corpus/sentences.txt" models/default/
echo "models/default updated; re-measure the held-out sample perplexity (DefaultModelTest prints it) and update MODEL_CARD.md"
