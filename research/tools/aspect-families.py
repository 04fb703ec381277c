#!/usr/bin/env python3
# Writes research/src/main/resources/io/copydeck/research/aspect-families.tsv from WordNet 3.0 (Debian package
# wordnet-base: `apt-get download wordnet-base && dpkg-deb -x wordnet-base_*.deb wn`) and the aspect catalogue.
#
# Each line: a WordNet noun the catalogue does not list, the catalogue aspect it belongs to, and the hypernym
# steps from it to that aspect's word ("sushi  food  3": sushi is a dish, a nutriment, a food). The research
# reads it so that the nouns of a domain the catalogue was not written for join the catalogue's aspects
# (docs/research.md, "Aspect families"). Rerun it after changing aspects.tsv: AspectFamiliesTest checks the
# catalogue digest in the header.
#
# Usage: aspect-families.py WORDNET_DIR ASPECTS_TSV > FILE
#   WORDNET_DIR: .../usr/share/wordnet of the extracted package.
#
# The rules, so that the file can be read and argued with:
# - a word's senses: its first (most frequent) sense and the others among its first three in the same
#   lexicographer file (the same kind of thing: "table" is the table of data, not also the piece of furniture);
#   a first sense among WordNet's top concepts (noun.Tops: "food" as any nutrient) brings the second sense's
#   file too ("food" is also solid food, not food for thought).
# - anchors: the senses of an aspect's name ("food", "price", "room"), and those of the catalogue's other words
#   for it that are the same kind of thing as the name ("cake" is food; "plastic" is not a build quality, "plan"
#   not a price): a family is of kinds of the aspect, not of everything said about it. A name WordNet lacks
#   ("build quality", "customer service") anchors nothing.
# - a candidate: a noun WordNet tags as a noun at least as often as as a verb, adjective or adverb (SemCor
#   counts; one never tagged must be a noun only): "friendly" and "check" are not.
# - its sense: the first (most frequent) where SemCor tagged any ("sheet" is bed linen, not an expanse, so not
#   a location), else each of its first three ("burger" is untagged: Warren Burger, or the sandwich); each walks
#   up its hypernyms (is-a links) at most MAX_STEPS steps to the nearest anchors. The nearest over those senses
#   wins (the earlier sense on a tie); anchors of two aspects at that distance give no family.
# - no gerund: a noun that is a verb's -ing form ("opening", "messaging", "mopping": a verb in WordNet's index
#   with "ing" after it, its final e dropped or its last consonant doubled) is what is done, not a kind of the
#   aspect's thing: "opening hours" read "opening" as a location, "mopping" and "computing" were treatments.
# - people: a noun with no family whose sense is a person (noun.person: its first sense, or its second when the
#   first is a top or object concept, as "agent" the cause is before "agent" the representative) and a kind of one
#   of PEOPLE_WHO_SERVE ("instructor" is an educator, a professional; "salesman" an employee, a worker; "lady" a
#   woman, a female) joins staff: in a review of a service, the person named is the one who served. Those who
#   are served are not among them ("customer" is a consumer, "member" a peer, "kid" a juvenile, "beginner" a
#   novice), nor relatives ("daughter" is a female too), nor a sense SemCor never tagged ("a lifesaver" is a
#   lifeguard there, "provider" a supplier). The gym set showed why: "instructor", "coach", "salesman" and
#   "manager" were no aspect.
import hashlib
import sys

MAX_STEPS = 4
SENSES = 3
TOPS = "03"  # lexicographer file noun.Tops
PERSON, OBJECT = "18", "17"  # lexicographer files noun.person, noun.object
STAFF = "staff"
PEOPLE_WHO_SERVE = {"worker", "professional", "leader", "expert", "adult", "female", "male", "capitalist",
                    "communicator"}
PEOPLE_SERVED = {"relative", "juvenile", "consumer", "peer", "traveler"}
POS = {"1": "noun", "2": "verb", "3": "adj", "4": "adv", "5": "adj"}


def read_index(path):
    """lemma -> (sense offsets, senses SemCor tagged)."""
    out = {}
    for line in open(path, encoding="latin-1"):
        if line.startswith("  "):
            continue
        f = line.split()
        pointers = int(f[3])
        out[f[0]] = (f[6 + pointers:], int(f[5 + pointers]))
    return out


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: aspect-families.py WORDNET_DIR ASPECTS_TSV > FILE")
    wn, aspects_tsv = sys.argv[1], sys.argv[2]
    catalogue_bytes = open(aspects_tsv, "rb").read()
    catalogue = []  # (aspect, [words])
    for line in catalogue_bytes.decode("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        aspect, words = line.split("\t", 1)
        words = [w.strip().lower().replace(" ", "_") for w in words.split(",") if w.strip()]
        catalogue.append((aspect.replace(" ", "_"), words))
    terms = {}
    for aspect, words in catalogue:
        for w in [aspect] + words:
            terms.setdefault(w, set()).add(aspect)

    hypernyms, lexfile, heads = {}, {}, {}
    for line in open(wn + "/data.noun", encoding="latin-1"):
        if line.startswith("  "):
            continue
        f = line.split(" ")
        offset, words = f[0], int(f[3], 16)
        lexfile[offset] = f[1]
        heads[offset] = f[4].lower()
        p = 4 + 2 * words
        hypernyms[offset] = [f[p + 2 + 4 * i] for i in range(int(f[p]))
                             if f[p + 1 + 4 * i] == "@" and f[p + 3 + 4 * i] == "n"]
    nouns = read_index(wn + "/index.noun")
    other_pos = set()
    for pos in ("verb", "adj", "adv"):
        other_pos |= set(read_index(wn + "/index." + pos))
    counts = {}
    for line in open(wn + "/cntlist.rev", encoding="latin-1"):
        key, _, count = line.split()
        lemma, rest = key.split("%")
        pos = POS[rest[0]]
        by_pos = counts.setdefault(lemma, {})
        by_pos[pos] = by_pos.get(pos, 0) + int(count)

    def kinds_of(word):
        offsets = nouns[word][0]
        kinds = {lexfile[offsets[0]]}
        if kinds == {TOPS} and len(offsets) > 1:
            kinds.add(lexfile[offsets[1]])
        return [s for s in offsets[:SENSES] if lexfile[s] in kinds]

    anchors = {}
    for aspect, words in catalogue:
        if aspect not in nouns:
            continue
        name_senses = kinds_of(aspect)
        name_kinds = {lexfile[s] for s in name_senses}
        chosen = list(name_senses)
        for w in words:
            if w in nouns and len(terms[w]) == 1:
                chosen += [s for s in kinds_of(w) if lexfile[s] in name_kinds]
        for s in chosen:
            anchors.setdefault(s, set()).add(aspect.replace("_", " "))

    def nearest(sense):
        """(steps, aspects) of the nearest anchors above a sense, or None."""
        level, seen = [sense], {sense}
        for steps in range(1, MAX_STEPS + 1):
            level = [h for s in level for h in hypernyms.get(s, []) if h not in seen]
            seen.update(level)
            found = set()
            for s in level:
                found |= anchors.get(s, set())
            if found:
                return steps, found
        return None

    def serving_person(offsets, tagged):
        """Steps up to the nearest of PEOPLE_WHO_SERVE from the noun's person sense, or None."""
        first = offsets[0]
        if tagged == 0:
            return None
        if lexfile[first] != PERSON:
            if lexfile[first] not in (TOPS, OBJECT) or len(offsets) < 2 or lexfile[offsets[1]] != PERSON:
                return None
            first = offsets[1]
        level, seen, found = [first], {first}, None
        for steps in range(0, MAX_STEPS + 3):
            if any(heads[s] in PEOPLE_SERVED for s in level):
                return None
            if found is None and any(heads[s] in PEOPLE_WHO_SERVE for s in level):
                found = steps
            level = [h for s in level for h in hypernyms.get(s, []) if h not in seen]
            seen.update(level)
        return found

    verbs = set(read_index(wn + "/index.verb"))

    def gerund(word):
        if not word.endswith("ing") or len(word) < 6:
            return False
        stem = word[:-3]
        return stem in verbs or stem + "e" in verbs or (len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in verbs)

    def mainly_noun(word):
        c = counts.get(word, {})
        noun = c.get("noun", 0)
        other = c.get("verb", 0) + c.get("adj", 0) + c.get("adv", 0)
        return noun >= other if noun > 0 else word not in other_pos

    print("# Aspect families: WordNet nouns under the catalogue's aspects, written by research/tools/aspect-families.py")
    print("# from WordNet 3.0 and aspects.tsv (sha256 %s)." % hashlib.sha256(catalogue_bytes).hexdigest())
    print("# noun<TAB>aspect<TAB>hypernym steps from the noun to the aspect's word.")
    print("# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Used under the WordNet 3.0 licence:")
    print("# permission to use, copy, modify and distribute for any purpose and without fee; provided AS IS, without warranties.")
    for noun in sorted(nouns):
        if noun in terms or not noun.replace("-", "").isalpha() or not noun.isascii() or not mainly_noun(noun) \
                or gerund(noun):
            continue
        offsets, tagged = nouns[noun]
        best = None
        for s in offsets[:1] if tagged else offsets[:SENSES]:
            n = nearest(s)
            if n and (best is None or n[0] < best[0]):
                best = n
        if best and len(best[1]) == 1:
            print("%s\t%s\t%d" % (noun, next(iter(best[1])), best[0]))
        elif best is None:
            steps = serving_person(offsets, tagged)
            if steps is not None:
                print("%s\t%s\t%d" % (noun, STAFF, steps))


if __name__ == "__main__":
    main()
