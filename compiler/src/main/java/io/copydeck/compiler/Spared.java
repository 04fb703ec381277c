package io.copydeck.compiler;

import io.copydeck.compiler.rules.Sentences;
import io.copydeck.dsl.text.TextMeasure;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Drops the sentences a text should not say (another variant's, an earlier part's) as far as the text can
 * spare them: it keeps its fewest words and is never emptied. The shortest go first, so that as many go as
 * the words allow: dropping all or none (as before) kept both of "The details: quarterly water-quality report.
 * Don't just take our word for it: E. coli readings fell by half. You'll notice the difference from day one."
 * when the last two were another variant's, since the first alone was too short a paragraph.
 */
final class Spared {
    private Spared() {}

    static String drop(String text, Predicate<Sentences.Sentence> unwanted, int minWords) {
        List<Sentences.Sentence> all = Sentences.of(text);
        List<Sentences.Sentence> shortestFirst = all.stream().filter(unwanted)
                .sorted(Comparator.comparingInt(s -> TextMeasure.words(s.text()))).toList();
        Set<Integer> going = new HashSet<>(); // by where each starts: the same sentence may be said twice
        String kept = text;
        for (Sentences.Sentence s : shortestFirst) {
            going.add(s.start());
            leadIn(text, all, s).ifPresent(q -> going.add(q.start()));
            String without = Sentences.drop(text, x -> going.contains(x.start()));
            // A longer one would leave fewer words still.
            if (without.isBlank() || TextMeasure.words(without) < minWords) break;
            kept = without;
        }
        return kept;
    }

    /** The most words of a question that leads into the sentence after it. */
    private static final int LEAD_IN_WORDS = 3;

    /**
     * The short question just before {@code s} on its line, which asks what {@code s} answers ("Why trust it?"
     * before the proof): it goes with it, or it would be left asking (measured: "Why trust it? It fits right into
     * your day." twice in the panel's email bodies when only the proof went).
     */
    private static java.util.Optional<Sentences.Sentence> leadIn(String text, List<Sentences.Sentence> all,
                                                                 Sentences.Sentence s) {
        int i = all.indexOf(s);
        if (i <= 0) return java.util.Optional.empty();
        Sentences.Sentence before = all.get(i - 1);
        boolean asks = before.text().endsWith("?") && TextMeasure.words(before.text()) <= LEAD_IN_WORDS;
        boolean sameLine = text.substring(before.end(), s.start()).indexOf('\n') < 0;
        return asks && sameLine ? java.util.Optional.of(before) : java.util.Optional.empty();
    }
}
