package io.copydeck.compiler.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class NothingSentAvoidedTest {
    @Test
    void noAvoidedPhraseAnywhereInWhatIsSent() {
        var job = Briefs.firstJob(Briefs.SPRING);
        assertEquals(java.util.List.of("cheap"), job.field().avoid());
        var rule = new NothingSentAvoided();
        assertEquals(1, rule.check(new AssetInput(job.brief(), job.field(), Map.of(), "Cold brew. Not CHEAP.")).size());
        assertEquals(0, rule.check(new AssetInput(job.brief(), job.field(), Map.of(), "Cold brew.")).size());
    }
}
