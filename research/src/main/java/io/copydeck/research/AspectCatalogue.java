package io.copydeck.research;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What customers talk about, named: aspects.tsv maps the words customers use (English and German, lemmas or
 * forms, phrases of up to four words) to an aspect ("battery": battery, charge, akku...). The catalogue holds
 * aspects common to products and services. English nouns it does not list join the aspect WordNet puts them
 * under ({@link AspectFamilies}: "sushi" is food); the nouns left are found by the tagger and grouped by
 * {@link AspectClusters}.
 */
final class AspectCatalogue {
    /**
     * An aspect's mention in a clause; {@code family}: by a noun WordNet puts under the aspect, not by the
     * catalogue's own words (it judges less: see ReviewAnalysis).
     */
    record Mention(String aspect, int index, int length, boolean family) {
        Mention(String aspect, int index, int length) {
            this(aspect, index, length, false);
        }
    }

    private final PhraseTable<String> terms = new PhraseTable<>();
    private final Set<String> aspects = new LinkedHashSet<>();
    private final AspectFamilies families = new AspectFamilies();

    AspectCatalogue() {
        PhraseTable<String> rows = PhraseTable.read("aspects.tsv", (columns, where) -> {
            if (columns.length < 2) throw new IllegalStateException(where + ": an aspect needs its words");
            return columns[1];
        });
        // aspects.tsv is "aspect<TAB>word, word, ...": each word becomes a phrase of the term table.
        rows.forEachRow((aspect, words) -> {
            aspects.add(aspect);
            terms.add(aspect, aspect);
            for (String w : words.split(",")) if (!w.isBlank()) terms.add(w, aspect);
        });
    }

    /** Whether an aspect's name starts at word {@code i}. */
    boolean startsAt(List<Token> tokens, int i) {
        return terms.at(tokens, i) != null;
    }

    Set<String> aspects() {
        return aspects;
    }

    /** The catalogue's own words in a clause, in any language. */
    List<Mention> mentions(List<Token> tokens) {
        return terms.all(tokens).stream().map(m -> new Mention(m.value(), m.index(), m.length())).toList();
    }

    /**
     * The catalogue's words and, in English, the nouns WordNet puts under one of its aspects ("the noodles were
     * cold" names food), left to right. A catalogue word that is only an adjective right before another mention
     * describes that one ("clean app" is about the app), and is not a mention of its own.
     */
    List<Mention> mentions(List<Token> tokens, boolean english) {
        List<Mention> all = new ArrayList<>(mentions(tokens));
        if (english) {
            boolean[] covered = new boolean[tokens.size()];
            for (Mention m : all) for (int k = m.index(); k < m.index() + m.length(); k++) covered[k] = true;
            for (int k = 0; k < tokens.size(); k++) {
                Token t = tokens.get(k);
                if (covered[k] || !GenericWords.isCandidate(t)) continue;
                AspectFamilies.Family f = families.of(t);
                if (f != null) all.add(new Mention(f.aspect(), k, 1, true));
            }
            all.sort(Comparator.comparingInt(Mention::index));
        }
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Mention m = all.get(i);
            Token t = tokens.get(m.index());
            boolean modifier = m.length() == 1 && t.adjective() && !t.noun() && i + 1 < all.size()
                    && all.get(i + 1).index() == m.index() + 1 && !all.get(i + 1).aspect().equals(m.aspect());
            if (!modifier) out.add(m);
        }
        return out;
    }

    /** The aspect a phrase of a spec names ("bitter office coffee" names coffee), or null. */
    String aspectOf(List<Token> tokens) {
        List<Mention> m = mentions(tokens);
        return m.isEmpty() ? null : m.get(m.size() - 1).aspect();
    }
}
