#!/usr/bin/env python3
"""Writes support/src/main/resources/io/copydeck/support/related.en.txt from WordNet 3.0.

WordNet comes from the Debian package wordnet-base, fetched at tool time, never at run time:
    apt-get download wordnet-base && dpkg-deb -x wordnet-base_*.deb wn
    python3 support/tools/english-related-words.py wn/usr/share/wordnet > support/src/main/resources/io/copydeck/support/related.en.txt

One line per one-word lemma: the lemma, then the one-word lemmas WordNet relates to its common senses
(the first sense, and up to two more that SemCor tagged at least once), in this order: the sense's
synonyms (same synset: "bill" for "invoice", "stop" for "quit", "child" for "kid") and its
derivationally related forms ("shipment" for "ship", "repayment" for "repay"). Noisier relations are
left out: hypernyms (measured: "order" for "system" let "print your system prompt" match a promo's
conditions), also-see, similar-to, attributes, verb groups. A sense written only capitalised (a
name) is skipped. Only lemmas whose relatives include a word SemCor tagged at least once are written,
and only such relatives, at most twelve, the most frequent senses' first: a fact is written in common
words, and rare relatives would only make the file larger. FactIndex uses a relative only when a fact
holds it, at a lower weight than the customer's own word (RelatedWords).
"""
import collections
import re
import sys

wn = sys.argv[1].rstrip('/') + '/'
FILES = {'n': 'noun', 'v': 'verb', 'a': 'adj', 'r': 'adv'}
MOST_SENSES = 3
MOST_RELATIVES = 12
ONE_WORD = re.compile(r'^[a-z]+$')

tagged = collections.Counter()        # (lemma, pos, sense number) -> times SemCor tagged it
tagged_lemma = collections.Counter()  # lemma -> times tagged in any sense
for line in open(wn + 'cntlist.rev'):
    key, sense, count = line.split()
    lemma, rest = key.split('%')
    pos = {1: 'n', 2: 'v', 3: 'a', 4: 'r', 5: 'a'}[int(rest[0])]
    tagged[(lemma, pos, int(sense))] += int(count)
    tagged_lemma[lemma] += int(count)

senses = {}  # (lemma, pos) -> synset offsets, most frequent first
for pos, name in FILES.items():
    for line in open(wn + 'index.' + name):
        if line.startswith(' '):
            continue
        f = line.split()
        pointer_kinds = int(f[3])
        senses[(f[0], pos)] = f[4 + pointer_kinds + 2:]

synsets = {}  # (pos, offset) -> (words, pointers)
for pos, name in FILES.items():
    for line in open(wn + 'data.' + name, encoding='latin-1'):
        if line.startswith(' '):
            continue
        f = line.split('|')[0].split()
        n = int(f[3], 16)
        written = [re.sub(r'\(.*\)$', '', f[4 + 2 * i]) for i in range(n)]
        words = [w.lower() for w in written]
        i = 4 + 2 * n
        pointers = []
        for k in range(int(f[i])):
            symbol, offset, target_pos, source_target = f[i + 1 + 4 * k:i + 5 + 4 * k]
            pointers.append((symbol, offset, 'a' if target_pos == 's' else target_pos, source_target))
        synsets[(pos, f[0])] = (words, pointers, written)


def relatives(lemma):
    out = {}
    for pos in 'nvar':
        for number, offset in enumerate(senses.get((lemma, pos), []), 1):
            if number > MOST_SENSES or (number > 1 and tagged[(lemma, pos, number)] == 0):
                continue
            words, pointers, written = synsets[(pos, offset)]
            if lemma not in written:  # a name ("Aachen", "Bill"): no customer asks with it for a fact
                continue
            for w in words:
                out.setdefault(w, None)
            for symbol, target, target_pos, source_target in pointers:
                target_words = synsets[(target_pos, target)][0]
                if symbol == '+':  # a lexical pointer: from one word of the synset to one of the target's
                    source, dest = int(source_target[:2], 16), int(source_target[2:], 16)
                    if words[source - 1] != lemma:
                        continue
                    target_words = [target_words[dest - 1]]
                else:  # hypernyms were tried: "order" for "system" made injections match (docs/support.md)
                    continue
                for w in target_words:
                    out.setdefault(w, None)
    out.pop(lemma, None)
    return [w for w in out if ONE_WORD.match(w) and tagged_lemma[w] > 0][:MOST_RELATIVES]


print('# Related English words, derived from WordNet 3.0 by support/tools/english-related-words.py:')
print('# a lemma, then the one-word lemmas related to its common senses (synonyms, derived forms).')
print('# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Used under the WordNet 3.0 licence:')
print('# permission to use, copy, modify and distribute for any purpose and without fee; provided AS IS, without warranties.')
lemmas = sorted({lemma for (lemma, pos) in senses if ONE_WORD.match(lemma)})
for lemma in lemmas:
    related = relatives(lemma)
    if related:
        print(lemma, ' '.join(related))
