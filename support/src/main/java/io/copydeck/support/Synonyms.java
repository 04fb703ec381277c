package io.copydeck.support;

import io.copydeck.dsl.brief.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Customer-service words that stand for each other when a question is matched with the facts ("take"
 * for "accept", "finish" for "end", "suitcase" for "luggage"), read from
 * {@code io/copydeck/support/synonyms.<language>.txt} and stemmed as the index stems. A question's term
 * is covered by a fact that holds the term or one of its synonyms; the BM25 query asks for both.
 * A line {@code money reimburse => refund} (Lucene's and Solr's explicit-mapping syntax) is an
 * intent, one way only: the words a customer asks with for a kind of fact ("money back" for a refund
 * policy) ask for the words such facts are written in, not the other way round.
 */
final class Synonyms {
    private final Map<String, Set<String>> groups;

    private Synonyms(Map<String, Set<String>> groups) {
        this.groups = groups;
    }

    static Synonyms of(Language language, QuestionAnalysis analysis) {
        String name = "synonyms." + language.code() + ".txt";
        Map<String, Set<String>> groups = new HashMap<>();
        try (InputStream in = Synonyms.class.getResourceAsStream(name)) {
            if (in == null) return new Synonyms(Map.of());
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                int hash = line.indexOf('#');
                String words = hash >= 0 ? line.substring(0, hash) : line;
                int arrow = words.indexOf("=>");
                if (arrow >= 0) {
                    // An intent: the customer's words on the left ask for the facts' words on the right.
                    List<String> targets = analysis.terms(FactIndex.TEXT, words.substring(arrow + 2));
                    for (String t : analysis.terms(FactIndex.TEXT, words.substring(0, arrow))) {
                        Set<String> g = groups.computeIfAbsent(t, k -> new LinkedHashSet<>());
                        targets.stream().filter(o -> !o.equals(t)).forEach(g::add);
                    }
                    continue;
                }
                // Analysed without the stop words' removal mattering: a filler in a group is simply absent.
                List<String> terms = analysis.terms(FactIndex.TEXT, words);
                for (String t : terms) {
                    Set<String> g = groups.computeIfAbsent(t, k -> new LinkedHashSet<>());
                    terms.stream().filter(o -> !o.equals(t)).forEach(g::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the support synonyms " + name, e);
        }
        return new Synonyms(groups);
    }

    /** The other terms a term stands for; empty when it has none. */
    Set<String> of(String term) {
        return groups.getOrDefault(term, Set.of());
    }
}
