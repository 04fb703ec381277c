package io.copydeck.compiler.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class NoLoopTest {
    private static final Facts FACTS = Briefs.facts(Briefs.SPRING);

    private static boolean loops(String text) {
        return !new NoLoop().check(Briefs.input(text, FACTS)).isEmpty();
    }

    @Test
    void aRepeatedTrigramOrFourWordsInARowIsALoop() {
        assertEquals(true, loops("buy now buy now buy now"));
        assertEquals(true, loops("tea tea tea tea"));
        assertFalse(loops("Tea for you, tea for me"));
        assertFalse(loops("tea tea tea"));
    }
}
