#!/usr/bin/env python3
"""Writes support/src/main/resources/io/copydeck/support/irregular.en.txt from WordNet 3.0's exception lists.

    python3 support/tools/english-irregular-forms.py wn/usr/share/wordnet > support/src/main/resources/io/copydeck/support/irregular.en.txt

(WordNet from Debian's wordnet-base, as for english-related-words.py.) One line per irregular form and
its lemma: "teeth tooth", "children child", "brought bring". Porter stemming leaves such forms apart
from their lemma ("teeth" and "tooth" are two terms), so a question about a cracked tooth missed the
fact about teeth; QuestionAnalysis reads each form as its lemma before stemming. Every plural of
noun.exc; of verb.exc only forms that are no lemma themselves ("found" is "establish" too, "left" a
side, "saw" a tool: read as "find", "leave", "see" they would change what was asked).
"""
import sys

import wordnet_derived

wn = sys.argv[1].rstrip('/') + '/'
lemmas = set()
for name in ('noun', 'verb', 'adj', 'adv'):
    for line in open(wn + 'index.' + name):
        if not line.startswith(' '):
            lemmas.add(line.split()[0])

pairs = {}
for name, all_forms in (('noun', True), ('verb', False)):
    for line in open(wn + name + '.exc'):
        form, lemma = line.split()[:2]
        if form.isalpha() and lemma.isalpha() and form != lemma and (all_forms or form not in lemmas):
            pairs.setdefault(form, lemma)

wordnet_derived.write((
    'Irregular English forms and their lemmas, from WordNet 3.0 (noun.exc, verb.exc) by',
    'support/tools/english-irregular-forms.py.'), [f'{form} {lemma}' for form, lemma in sorted(pairs.items())])
