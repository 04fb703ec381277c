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
        List<Sentences.Sentence> shortestFirst = Sentences.of(text).stream().filter(unwanted)
                .sorted(Comparator.comparingInt(s -> TextMeasure.words(s.text()))).toList();
        Set<Integer> going = new HashSet<>(); // by where each starts: the same sentence may be said twice
        String kept = text;
        for (Sentences.Sentence s : shortestFirst) {
            going.add(s.start());
            String without = Sentences.drop(text, x -> going.contains(x.start()));
            // A longer one would leave fewer words still.
            if (without.isBlank() || TextMeasure.words(without) < minWords) break;
            kept = without;
        }
        return kept;
    }
}
