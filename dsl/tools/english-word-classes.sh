#!/usr/bin/env bash
# Writes dsl/src/main/resources/io/copydeck/dsl/text/english-word-classes.txt from WordNet 3.0
# (Debian package wordnet-base: `apt-get download wordnet-base && dpkg-deb -x wordnet-base_*.deb wn`).
# One line per one-word verb lemma: the lemma and how often SemCor tagged it as a verb, a noun and
# an adjective ("-" where WordNet has no such lemma). FactShape reads it to tell "save time" (a verb
# phrase) from "free delivery" (a noun phrase). Usage: english-word-classes.sh WORDNET_DIR > FILE
set -euo pipefail
wn="${1:?usage: english-word-classes.sh WORDNET_DIR (…/usr/share/wordnet)}"
echo "# English word classes, derived from WordNet 3.0 by dsl/tools/english-word-classes.sh: lemma, times tagged as verb, noun, adjective."
echo "# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Used under the WordNet 3.0 licence:"
echo "# permission to use, copy, modify and distribute for any purpose and without fee; provided AS IS, without warranties."
awk '
  FNR == 1 { file++ }
  file == 1 { split($1, k, "%"); lemma = k[1]; pos = substr(k[2], 1, 1);
              if (pos == "2") v[lemma] += $3; else if (pos == "1") n[lemma] += $3; else if (pos == "3" || pos == "5") a[lemma] += $3; next }
  file == 2 && !/^ / { noun[$1] = 1; next }
  file == 3 && !/^ / { adj[$1] = 1; next }
  file == 4 && !/^ / && $1 ~ /^[a-z]+$/ {
      printf "%s %d %s %s\n", $1, v[$1] + 0, ($1 in noun) ? n[$1] + 0 : "-", ($1 in adj) ? a[$1] + 0 : "-" }
' "$wn/cntlist.rev" "$wn/index.noun" "$wn/index.adj" "$wn/index.verb" | LC_ALL=C sort
