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
import hashlib
import sys

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

body = ''.join(f'{form} {lemma}\n' for form, lemma in sorted(pairs.items()))
print('# Irregular English forms and their lemmas, from WordNet 3.0 (noun.exc, verb.exc) by')
print('# support/tools/english-irregular-forms.py. WordNet 3.0 Copyright 2006 by Princeton University. All rights')
print('# reserved. Used under the WordNet 3.0 licence: permission to use, copy, modify and distribute for any purpose')
print('# and without fee; provided AS IS, without warranties.')
print('# sha256 of the lines below: ' + hashlib.sha256(body.encode('utf-8')).hexdigest())
sys.stdout.write(body)
