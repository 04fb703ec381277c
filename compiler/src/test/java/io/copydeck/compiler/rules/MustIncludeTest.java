package io.copydeck.compiler.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MustIncludeTest {
    @Test
    void theTextIsInWhatIsSentInAnyCase() {
        var job = Briefs.firstJob(Briefs.AUTUMN);
        var rule = new MustInclude("AUTUMN15");
        assertEquals(0, rule.check(new AssetInput(job.brief(), job.field(), Map.of(), "Use code autumn15.")).size());
        assertEquals(1, rule.check(new AssetInput(job.brief(), job.field(), Map.of(), "Chai is back.")).size());
        assertEquals("includes \"AUTUMN15\"", rule.requirement());
    }
}
