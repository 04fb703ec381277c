#!/usr/bin/env python3
"""Writes support/src/main/resources/io/copydeck/support/related.en.txt from WordNet 3.0.

WordNet comes from the Debian package wordnet-base, fetched at tool time, never at run time:
    apt-get download wordnet-base && dpkg-deb -x wordnet-base_*.deb wn
    python3 support/tools/english-related-words.py wn/usr/share/wordnet > support/src/main/resources/io/copydeck/support/related.en.txt

One line per lemma: the lemma, the part of speech of its main sense (n, v, a, r), the main sense's
synonyms, ` / `, its other close relatives, ` | `, its loose relatives. A lemma is a word ("invoice")
or a two-word phrase joined with an underscore ("hook_up", "turn_up"): customers ask with phrasal
verbs that facts write as one word ("connects", "arrives").

The main sense is the lemma's most tagged sense (SemCor's counts) over all parts of speech ("found":
the verb "establish", not the noun "food and lodging"); its synonyms say what the word itself means
("bike" for "bicycle", "bill" for "invoice").

Close relatives, of the lemma's common senses (the first sense of each part of speech, and up to two
more that SemCor tagged at least once): the senses' synonyms ("resign" for "quit") and derivationally
related forms ("shipment" for "ship").

Loose relatives, of the main sense only: its direct hypernym's words ("dog" for "puppy", "charge" for
"postage", "connect" for "hook_up") and the words of its gloss that are lemmas of its part of speech
as written ("the charge for mailing something": "charge", "mailing"; "devoid or deficient in light":
"light"), in the spirit of Lesk's gloss overlap. Gloss words that over 1,500 glosses use ("something",
"person", "act") say nothing about a word and are left out (GLOSS_COMMON). Tried and left out:
inflected forms and other parts of speech of a gloss ("uses", "paid", "promote": stemmed, they met
unrelated facts' words, "promote" a promotion, and let "physiotherapy" and "massages" match a promo),
and hypernyms of other senses (round 3: "order" for "system" let "print your system prompt" match).

A sense written only capitalised is a name ("Bill") unless it is the lemma's first sense ("Sunday").
At most twelve relatives of each strength, one-word lemmas, most frequent senses first. A lemma with
none is written only when SemCor tagged it: its part of speech still tells FactIndex whether it names
a thing or only says how ("after", "soon", "terrible"). FactIndex uses a relative only when a fact
holds it, at a lower weight than the customer's own word (RelatedWords, MatchWeights).
"""
import collections
import re
import sys

import wordnet_derived

wn = sys.argv[1].rstrip('/') + '/'
FILES = {'n': 'noun', 'v': 'verb', 'a': 'adj', 'r': 'adv'}
MOST_SENSES = 3
MOST_RELATIVES = 12
GLOSS_COMMON = 1500  # a gloss word used by more glosses than this ("person", "something", "act") is a word of definitions, not of a meaning
ONE_WORD = re.compile(r'^[a-z]+$')
LEMMA = re.compile(r'^[a-z]+(_[a-z]+)?$')
STOP = set('''a an and are as at be but by for if in into is it no not of on or such that the their then there
these they this to was will with from which who whom whose what when where how its it's your you one ones
any all some each other others than more most very can may used use using etc e.g. i.e. esp especially
usually often being having been has have had do does done make made become becomes also only'''.split())

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

synsets = {}  # (pos, offset) -> (words, pointers, written, gloss words)
for pos, name in FILES.items():
    for line in open(wn + 'data.' + name, encoding='latin-1'):
        if line.startswith(' '):
            continue
        head, _, gloss = line.partition('|')
        f = head.split()
        n = int(f[3], 16)
        written = [re.sub(r'\(.*\)$', '', f[4 + 2 * i]) for i in range(n)]
        words = [w.lower() for w in written]
        i = 4 + 2 * n
        pointers = []
        for k in range(int(f[i])):
            symbol, offset, target_pos, source_target = f[i + 1 + 4 * k:i + 5 + 4 * k]
            pointers.append((symbol, offset, 'a' if target_pos == 's' else target_pos, source_target))
        definition = gloss.split(';')[0].split('"')[0]  # the definition, not its quoted examples
        gloss_words = [w for w in re.findall(r"[a-z]+", definition.lower()) if w not in STOP and len(w) > 2]
        synsets[(pos, f[0])] = (words, pointers, written, gloss_words)

gloss_use = collections.Counter()
for (_, _, _, gloss_words) in synsets.values():
    gloss_use.update(set(gloss_words))


def main_sense(lemma):
    """(pos, number) of the lemma's most tagged sense over all parts of speech ("found": the verb's
    "establish", not the noun's "food and lodging"); the first noun or verb sense when none is tagged."""
    best, most = None, -1
    for pos in 'nvar':
        for number in range(1, len(senses.get((lemma, pos), [])) + 1):
            if tagged[(lemma, pos, number)] > most:
                best, most = (pos, number), tagged[(lemma, pos, number)]
    return best


def common_senses(lemma):
    """(pos, offset, is the main sense) of the lemma's common senses."""
    main = main_sense(lemma)
    for pos in 'nvar':
        for number, offset in enumerate(senses.get((lemma, pos), []), 1):
            if number > MOST_SENSES or (number > 1 and tagged[(lemma, pos, number)] == 0):
                continue
            words, _, written, _ = synsets[(pos, offset)]
            if lemma not in written and number > 1:  # a name ("Bill"), unless it is what the word first means
                continue
            yield pos, offset, (pos, number) == main


def same(lemma):
    """The main sense's synonyms: what the word itself means, in other words ("bike" for "bicycle")."""
    for pos, offset, main in common_senses(lemma):
        if main:
            return [w for w in synsets[(pos, offset)][0] if w != lemma and ONE_WORD.match(w)][:MOST_RELATIVES]
    return []


def close(lemma):
    out = {}
    for pos, offset, _ in common_senses(lemma):
        words, pointers, _, _ = synsets[(pos, offset)]
        for w in words:
            out.setdefault(w, None)
        for symbol, target, target_pos, source_target in pointers:
            if symbol != '+':  # a derived form; other pointers are loose or left out
                continue
            source, dest = int(source_target[:2], 16), int(source_target[2:], 16)
            if words[source - 1] != lemma:
                continue
            out.setdefault(synsets[(target_pos, target)][0][dest - 1], None)
    out.pop(lemma, None)
    return [w for w in out if ONE_WORD.match(w)][:MOST_RELATIVES]


def loose(lemma, close_words):
    out = {}
    for pos, offset, first in common_senses(lemma):
        if not first:
            continue
        words, pointers, _, gloss_words = synsets[(pos, offset)]
        for symbol, target, target_pos, _ in pointers:
            if symbol in ('@', '@i') and pos in 'nv':
                for w in synsets[(target_pos, target)][0]:
                    out.setdefault(w, None)
        for w in gloss_words:
            if (w, pos) in senses and gloss_use[w] <= GLOSS_COMMON:
                out.setdefault(w, None)
    for w in [lemma, *close_words, *lemma.split('_')]:
        out.pop(w, None)
    return [w for w in out if ONE_WORD.match(w)][:MOST_RELATIVES]


lines = []
for lemma in sorted({lemma for (lemma, pos) in senses if LEMMA.match(lemma)}):
    if '_' in lemma and (lemma, 'v') not in senses:
        continue  # a noun phrase ("abstract_art"): customers ask with phrasal verbs, which facts say in one word
    m = same(lemma)
    c = [w for w in close(lemma) if w not in m]
    l = loose(lemma, m + c)
    main = main_sense(lemma)
    if m or c or l or (tagged_lemma[lemma] > 0 and '_' not in lemma):
        lines.append(lemma + ' ' + main[0] + ' ' + ' '.join(m) + ' / ' + ' '.join(c) + ' | ' + ' '.join(l))

wordnet_derived.write((
    'Related English words, derived from WordNet 3.0 by support/tools/english-related-words.py:',
    'a lemma (a word, or a phrase joined with "_"), its main sense\'s part of speech (n, v, a, r) and synonyms,',
    '"/", its other close relatives (synonyms and derived forms of its common senses), "|", its loose relatives',
    '(the main sense\'s hypernym and gloss nouns).'), lines)
