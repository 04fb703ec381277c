package io.copydeck.research;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What customers talk about, named: aspects.tsv maps the words customers use (English and German, lemmas or
 * forms, phrases of up to four words) to an aspect ("battery": battery, charge, akku...). The catalogue holds
 * aspects common to products and services; nouns it does not know are found by the tagger and grouped by
 * {@link AspectClusters}.
 */
final class AspectCatalogue {
    /** An aspect's mention in a clause. */
    record Mention(String aspect, int index, int length) {}

    private final PhraseTable<String> terms = new PhraseTable<>();
    private final Set<String> aspects = new LinkedHashSet<>();

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

    List<Mention> mentions(List<Token> tokens) {
        return terms.all(tokens).stream().map(m -> new Mention(m.value(), m.index(), m.length())).toList();
    }

    /** The aspect a phrase of a spec names ("bitter office coffee" names coffee), or null. */
    String aspectOf(List<Token> tokens) {
        List<Mention> m = mentions(tokens);
        return m.isEmpty() ? null : m.get(m.size() - 1).aspect();
    }
}
