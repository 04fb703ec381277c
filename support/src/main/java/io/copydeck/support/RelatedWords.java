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
import java.util.concurrent.ConcurrentHashMap;

/**
 * Words related in meaning to a question's word, from WordNet 3.0 ({@code related.<language>.txt},
 * derived by {@code support/tools/english-related-words.py}): its synonyms, derived forms and direct
 * hypernyms ("bill" for "invoice", "lock" for "padlock", "stop" for "quit"). Broader and noisier than
 * the hand-kept customer-service {@link Synonyms}, so {@link FactIndex} asks for a relative only when
 * a fact holds it, weighs it lower and counts it as only part of a match. Directional: a word's
 * relatives are not related back to it. Stemmed as the index stems; read once per language and shared
 * (immutable). A language without a file (German today) has no relatives.
 */
final class RelatedWords {
    private static final Map<Language, RelatedWords> LOADED = new ConcurrentHashMap<>();

    private final Map<String, Set<String>> relatives;

    private RelatedWords(Map<String, Set<String>> relatives) {
        this.relatives = relatives;
    }

    static RelatedWords of(Language language) {
        return LOADED.computeIfAbsent(language, RelatedWords::load);
    }

    private static RelatedWords load(Language language) {
        String name = "related." + language.code() + ".txt";
        QuestionAnalysis analysis = QuestionAnalysis.of(language);
        Map<String, Set<String>> relatives = new HashMap<>();
        try (InputStream in = RelatedWords.class.getResourceAsStream(name)) {
            if (in == null) return new RelatedWords(Map.of());
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                int space = line.indexOf(' ');
                List<String> lemma = analysis.terms(FactIndex.TEXT, line.substring(0, space));
                if (lemma.size() != 1) continue; // a stop word ("about", "also"): never a question's term
                Set<String> into = relatives.computeIfAbsent(lemma.get(0), k -> new LinkedHashSet<>());
                analysis.terms(FactIndex.TEXT, line.substring(space + 1)).stream()
                        .filter(t -> !t.equals(lemma.get(0))).forEach(into::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the related words " + name, e);
        }
        relatives.replaceAll((k, v) -> Set.copyOf(v));
        return new RelatedWords(Map.copyOf(relatives));
    }

    /** The terms related to a term (stemmed); empty when WordNet relates none. */
    Set<String> of(String term) {
        return relatives.getOrDefault(term, Set.of());
    }
}
