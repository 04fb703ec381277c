package io.copydeck.compiler.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SmsOptOutTest {
    @Test
    void theKeywordIsAWordInCapitals() {
        assertTrue(SmsOptOut.carries("Chai is back. Reply STOP to opt out."));
        assertTrue(SmsOptOut.carries("Abmelden: STOP antworten."));
        assertFalse(SmsOptOut.carries("Don't stop now."), "the word in passing is no opt-out");
        assertFalse(SmsOptOut.carries("UNSTOPPABLE chai"));
    }

    @Test
    void theLineIsTheBriefsLanguagesAndTheRuleReadsWhatIsSent() {
        var job = Briefs.firstJob(Briefs.AUTUMN);
        assertEquals("Reply STOP to opt out.", SmsOptOut.line(job.brief()));
        assertEquals("Abmelden: STOP antworten.",
                SmsOptOut.line(Briefs.of(Briefs.AUTUMN.replace("en-GB", "de-DE"))));
        var rule = new SmsOptOut();
        assertEquals(1, rule.check(new AssetInput(job.brief(), job.field(), Map.of(), "Chai is back.")).size());
        assertEquals(0, rule.check(new AssetInput(job.brief(), job.field(), Map.of(), "Chai. Reply STOP to opt out.")).size());
    }
}
