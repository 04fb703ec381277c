package io.copydeck.compiler.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AvoidedPhraseTest {
    private static final Facts FACTS = Briefs.facts(Briefs.SPRING);

    @Test
    void anAvoidedPhraseInAnyCaseIsFoundWhereItIs() {
        var rule = new AvoidedPhrase();
        var in = new RuleInput("A CHEAP thrill, cheap again", Briefs.field("subject", 60, "cheap"), FACTS);
        var found = rule.check(in);
        assertEquals(2, found.size());
        assertEquals(2, found.get(0).start());
        assertEquals(7, found.get(0).end());
        assertEquals(List.of(), rule.check(in.withText("Wake up to cold brew")));
    }
}
