package io.copydeck.compiler.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.copydeck.dsl.model.Length;
import io.copydeck.dsl.model.LengthUnit;
import io.copydeck.dsl.text.TextMeasure;
import org.junit.jupiter.api.Test;

class LengthLimitTest {
    private static final Facts FACTS = Briefs.facts(Briefs.SPRING);

    @Test
    void oneRulePerLimitMeasuredAsLimitsCount() {
        LengthLimit chars = new LengthLimit(TextMeasure.ESTIMATE, new Length(30, LengthUnit.CHARS));
        assertTrue(chars.check(Briefs.input("x".repeat(30), FACTS)).isEmpty());
        assertEquals("31 chars, more than 30", chars.check(Briefs.input("x".repeat(31), FACTS)).get(0).message());
        assertTrue(chars.check(Briefs.input("☕".repeat(30), FACTS)).isEmpty(), "characters are code points");
        LengthLimit words = new LengthLimit(TextMeasure.ESTIMATE, new Length(3, LengthUnit.WORDS));
        assertEquals(1, words.check(Briefs.input("one two three four", FACTS)).size());
        assertEquals("subject ≤ 30 chars", chars.requirement(Briefs.field("subject", 30)));
    }

    @Test
    void theRegistryMakesOneCheckPerLimit() {
        var field = new io.copydeck.dsl.brief.FieldSpec("body", java.util.List.of(new Length(150, LengthUnit.WORDS),
                new Length(900, LengthUnit.CHARS)), false, 0, java.util.List.of(), java.util.List.of(), null);
        long lengthChecks = Briefs.RULES.check(new RuleInput("Fresh tea.", field, FACTS)).stream()
                .filter(c -> c.rule().equals(LengthLimit.ID)).count();
        assertEquals(2, lengthChecks);
    }
}
