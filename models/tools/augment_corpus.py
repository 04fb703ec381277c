#!/usr/bin/env python3
"""Prompt-layout augmentation for the synthetic corpus (train split only).

NOT USED since the corpus is delexicalised (docs/slots.md): train-default.sh no longer runs it. The
corpus generator now varies the layout itself, and this script's Proof lines are words where prompts
show slots only. Kept for the record of how the previous shipped model was made.

The corpus generator always fills Voice, Pains, Promise, Tone and Call to action, never Proof, and
numbers variants only "1 of 1" / "k of 2"; real campaign specs (e.g. the spring-launch example)
leave some of those out, add a Proof line and ask for "1 of 10". A model trained on one fixed
layout reads such prompts as unfamiliar documents and stops copying their facts. This script
writes, for a share of the training rows, a copy whose prompt has the same facts in a different
layout that the real templates (templates/.../builtin/lib/context.ftl) can also produce:

* "brief, k of n" with n in 1..10;
* a Proof line after Promise: a generic claim with random figures, or the features or promise of
  another row, so that the model learns a Proof line is just one more fact and not a signal
  (a first version with ten fixed proofs taught it to derail on any unseen proof);
* Voice, Tone, Call to action, Pains, Promise or the brand tagline left out, but only when the
  completion does not repeat that line's text (the target must stay predictable from the prompt).

Completions are never changed. Deterministic for a given --seed.
Usage: augment_corpus.py TRAIN_JSONL OUT_JSONL [--share 0.6] [--seed 1]
"""
import argparse
import json
import random
import re

PROOFS = [
    "rated 4.8 out of 5 by over 2,000 customers",
    "loved by more than 10,000 customers",
    "made in small batches and checked by hand",
    "tested by our own team every week",
    "backed by a 30-day money-back guarantee",
    "recommended by 9 in 10 customers",
    "chosen by teams in 40 countries",
    "winner of a 2026 design award",
    "independently lab-tested",
    "reviewed by 500 early users",
]


def mentions(completion, text):
    words = [w for w in re.split(r"[^a-z0-9]+", text.lower()) if len(w) >= 4]
    c = completion.lower()
    return text.lower() in c or any(w in c for w in words)


def proof(rng, pool):
    kind = rng.random()
    if kind < 0.4:
        return rng.choice(PROOFS).replace("4.8", f"4.{rng.randint(1, 9)}").replace("2,000", f"{rng.randint(2, 90)},000")
    return rng.choice(pool)


def augment(prompt, completion, rng, pool):
    lines = prompt.split("\n")
    out = []
    for i, line in enumerate(lines):
        m = re.match(r"^(.* brief), \d+ of \d+$", line)
        if m and i == 0:
            n = rng.randint(1, 10)
            out.append(f"{m.group(1)}, {rng.randint(1, n)} of {n}")
            continue
        if i == 1 and " | " in line and rng.random() < 0.2 and not mentions(completion, line.split(" | ", 1)[1]):
            out.append(line.split(" | ", 1)[0])
            continue
        key = line.split(": ", 1)[0] if ": " in line else None
        value = line.split(": ", 1)[1] if key else ""
        drop = {"Voice": 0.25, "Tone": 0.5, "Call to action": 0.5, "Pains": 0.2, "Promise": 0.15}.get(key)
        if drop and rng.random() < drop and not mentions(completion, value):
            continue
        out.append(line)
        if key == "Promise" and rng.random() < 0.6:
            out.append("Proof: " + proof(rng, pool))
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("train")
    ap.add_argument("out")
    ap.add_argument("--share", type=float, default=1.0)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    with open(a.train, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f]
    # Facts of other rows, to serve as proofs: features lists and promises (without the "unlike" part).
    pool = sorted({m.group(1).split(", unlike ")[0] for r in rows
                   for m in re.finditer(r"(?m)^(?:Features|Promise): (.*)$", r["prompt"])})
    n = 0
    with open(a.out, "w", encoding="utf-8") as w:
        for row in rows:
            if rng.random() >= a.share:
                continue
            row["prompt"] = augment(row["prompt"], row["completion"], rng, pool)
            row["job"] = row["job"] + "#aug"
            w.write(json.dumps(row, ensure_ascii=False) + "\n")
            n += 1
    print(f"{n} augmented rows written to {a.out}")


if __name__ == "__main__":
    main()
