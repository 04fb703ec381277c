package io.copydeck.compiler.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class OwnWordsTest {
    private static final Facts FACTS = Briefs.facts(Briefs.AUTUMN);
    private static final RuleInput SMS = new RuleInput("", Briefs.field("text", List.of("AUTUMN15")), FACTS);

    private static int findings(String text) {
        return new OwnWords().check(SMS.withText(text)).size();
    }

    @Test
    void aTextOfOnlyRequiredPhrasesIsNotCopy() {
        assertEquals(1, findings("AUTUMN15. Reply STOP to opt out"));
        assertEquals(1, findings("Reply STOP to opt out."), "the opt-out line of the brief's language");
        assertEquals(0, findings("Chai is back. Reply STOP to opt out."));
        assertEquals(0, findings("Hi"), "no required phrase: nothing to say more than");
    }
}
