package io.copydeck.compiler.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceShapeTest {
    private static final SentenceShape RULE = new SentenceShape();
    private static final Facts FACTS = Briefs.facts(Briefs.AUTUMN);

    private static List<String> broken(String text) {
        return Briefs.found(RULE, text, FACTS);
    }

    @Test
    void aSentenceStartingInLowercaseAfterAFullStopIsBroken() {
        // Seen in the shipped model's output.
        assertEquals(List.of("is here."), broken("Slow down. Missed deadlines? That's something good. is here."));
        assertEquals(List.of("and more."), broken("Fresh tea!\n\nand more."));
        assertEquals("Slow down. Missed deadlines? That's something good.",
                RULE.repair(Briefs.input("Slow down. Missed deadlines? That's something good. is here.", FACTS)).orElseThrow());
    }

    @Test
    void aSentenceOfOnlyPunctuationIsNone() {
        assertEquals(List.of("."), broken("Shop now. . Great."));
    }

    @Test
    void abbreviationsNamesEllipsesAndALowercaseOpeningPass() {
        assertEquals(List.of(), broken("Loose leaf, e.g. sencha or chai."));
        assertEquals(List.of(), broken("Order now. iPhone users tap here."));
        assertEquals(List.of(), broken("Wait for it… something warm."));
        assertEquals(List.of(), broken("a warming cup in four minutes"));
        assertEquals(List.of(), broken("Fresh tea. ☕"));
        assertEquals(List.of(), broken("A clear head\n- 1 × Morning Sencha."));
    }
}
