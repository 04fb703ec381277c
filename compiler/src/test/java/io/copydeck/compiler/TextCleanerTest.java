package io.copydeck.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Cleaning and fitting, on hand-made texts. */
class TextCleanerTest {
    @Test
    void cleaningNormalisesSpaceAndCutsTheUnfinishedSentence() {
        assertEquals("Cold brew, ready in 30 seconds.",
                TextCleaner.clean("  Cold  brew,\tready in 30 seconds. And then the", true, false));
        assertEquals("Cold brew is back", TextCleaner.clean(" Cold brew is back\nSubject: more", true, true));
        assertEquals("One.\n\nTwo.", TextCleaner.clean("One.\n\n\n\nTwo.", false, true));
        assertEquals("Fresh tea", TextCleaner.clean("\"Fresh tea", true, true), "dangling quote dropped");
        assertEquals("Fresh tea (loose leaf)", TextCleaner.clean("Fresh tea (loose leaf)", true, true));
        assertEquals("No stop word here", TextCleaner.clean("No stop word here and", true, false));
    }

    @Test
    void fittingPrefersASentenceEndThenAWord() {
        var sentence = TextCleaner.fit("Short one. A much longer second sentence here.", t -> t.length() <= 20);
        assertEquals("Short one.", sentence.text());
        assertFalse(sentence.cutMidSentence());
        var word = TextCleaner.fit("A very long sentence without an end", t -> t.length() <= 12);
        assertEquals("A very long", word.text());
        assertTrue(word.cutMidSentence());
        assertNull(TextCleaner.fit("Supercalifragilistic", t -> t.length() <= 3));
    }

    @Test
    void aLabelThatImitatesThePromptLayoutIsNotCopy() {
        assertEquals("Late-night deadlines? We get it.", TextCleaner.clean(" A: Late-night deadlines? We get it.", false, true));
        assertEquals("Fresh chai, fast.", TextCleaner.clean(" Headline: Fresh chai, fast.", true, true));
        assertEquals("Goodbye slump: hello chai.", TextCleaner.clean(" Goodbye slump: hello chai.", true, true));
        assertEquals("Aurora Cold Brew: ready in 30 seconds.", TextCleaner.clean("Aurora Cold Brew: ready in 30 seconds.", true, true));
    }

    @Test
    void aPhraseCutMidSentenceDoesNotEndOnADanglingWordOrNumber() {
        assertEquals("A clear head", TextCleaner.fit("A clear head without the jitters and more", t -> t.length() <= 26).text());
        assertEquals("Cafe-quality coffee", TextCleaner.fit("Cafe-quality coffee in 30 seconds", t -> t.length() <= 25).text());
        assertNull(TextCleaner.fit("The best of all", t -> t.length() <= 3));
    }
}
