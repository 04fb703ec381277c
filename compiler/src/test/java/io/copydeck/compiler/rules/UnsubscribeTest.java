package io.copydeck.compiler.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class UnsubscribeTest {
    @Test
    void theUnsubscribeWordOfTheCampaignsLanguageIsSent() {
        var job = Briefs.firstJob(Briefs.AUTUMN);
        var rule = new Unsubscribe();
        assertEquals(0, rule.check(new AssetInput(job.brief(), job.field(), Map.of(), "Unsubscribe: {{url}}")).size());
        assertEquals(1, rule.check(new AssetInput(job.brief(), job.field(), Map.of(), "Chai.")).size());
        var german = Briefs.firstJob(Briefs.AUTUMN.replace("en-GB", "de-DE"));
        assertEquals(0, rule.check(new AssetInput(german.brief(), german.field(), Map.of(), "Abmelden: {{url}}")).size());
    }
}
