package io.copydeck.compiler.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.copydeck.dsl.brief.FieldSpec;
import java.util.List;
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

    @Test
    void theRepairDropsALineOrSentenceSaidAgain() {
        var rule = new NoLoop();
        FieldSpec list = new FieldSpec("benefits", List.of(), false, 0, List.of(), List.of(), null);
        assertEquals("Fresh tea\n- Whole spices", rule.repair(new RuleInput("Fresh tea\n- Whole spices\n- fresh tea",
                list, FACTS)).orElseThrow(), "the same fact twice in a list");
        assertEquals("It fits your day. Learn more. Try it. Learn more.", rule.repair(new RuleInput(
                "It fits your day. Learn more. Try it. It fits your day. Learn more.", list, FACTS)).orElseThrow());
        assertEquals(java.util.Optional.empty(), rule.repair(new RuleInput("Fresh tea. Whole spices.", list, FACTS)));
    }
}
