package io.copydeck.compiler.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.copydeck.dsl.brief.FieldSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnoughWordsTest {
    private static final Facts FACTS = Briefs.facts(Briefs.AUTUMN);

    @Test
    void runningTextNeedsTheWordsOfItsField() {
        FieldSpec body = new FieldSpec("body", List.of(), false, 6, List.of(), List.of(), null);
        var rule = new EnoughWords();
        assertEquals(1, rule.check(new RuleInput("Dear friend,", body, FACTS)).size(), "two words are no body");
        assertEquals(List.of(), rule.check(new RuleInput("Chai is back for autumn, and so are you.", body, FACTS)));
        assertEquals("body has at least 6 words", rule.requirement(body));
    }

    @Test
    void theRegistryAsksForItOnlyWhereTheFieldHasAMinimum() {
        FieldSpec subject = Briefs.field("subject", 40);
        assertEquals(false, Briefs.RULES.fieldRules(subject).stream().anyMatch(r -> r instanceof EnoughWords));
        FieldSpec body = new FieldSpec("body", List.of(), false, 6, List.of(), List.of(), null);
        assertEquals(true, Briefs.RULES.fieldRules(body).stream().anyMatch(r -> r instanceof EnoughWords));
    }
}
