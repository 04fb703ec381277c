package io.copydeck.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Sentences a text should not say go as far as it can spare them. */
class SparedTest {
    private static final String TEXT = "The details: quarterly water-quality report. Don't just take our word for it: "
            + "readings fell by half since 2021. You'll notice the difference from day one.";
    private static final Set<String> SAID = Set.of("don't just take our word for it: readings fell by half since 2021.",
            "you'll notice the difference from day one.");

    private static String drop(int minWords) {
        return Spared.drop(TEXT, s -> SAID.contains(s.text().toLowerCase(java.util.Locale.ROOT)), minWords);
    }

    @Test
    void asManyGoAsTheWordsAllowTheShortestFirst() {
        assertEquals("The details: quarterly water-quality report.", drop(4), "both go: 4 words are enough");
        // Both would leave 4 words, too few: the shorter goes alone (before, neither went).
        assertEquals("The details: quarterly water-quality report. Don't just take our word for it: readings fell by "
                + "half since 2021.", drop(10));
        assertEquals(TEXT, drop(30), "none can go");
    }

    @Test
    void aShortQuestionGoesWithTheSentenceItLeadsInto() {
        String text = "Why trust it? Rated 4.9 by 600 patients. It fits right into your day.";
        assertEquals("It fits right into your day.", Spared.drop(text, s -> s.text().startsWith("Rated"), 0));
    }

    @Test
    void aTextIsNeverEmptied() {
        assertEquals("You'll notice the difference from day one.",
                Spared.drop("You'll notice the difference from day one.", s -> true, 0));
    }
}
