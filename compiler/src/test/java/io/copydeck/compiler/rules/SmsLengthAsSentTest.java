package io.copydeck.compiler.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.copydeck.dsl.model.Length;
import io.copydeck.dsl.model.LengthUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SmsLengthAsSentTest {
    @Test
    void theMessageAsSentFitsTheLimit() {
        var job = Briefs.firstJob(Briefs.AUTUMN);
        var rule = new SmsLengthAsSent(new Length(20, LengthUnit.CHARS));
        assertEquals(0, rule.check(new AssetInput(job.brief(), job.field(), Map.of(), "Chai. Reply STOP.\n")).size());
        assertEquals(1, rule.check(new AssetInput(job.brief(), job.field(), Map.of(), "Chai is back. Reply STOP to opt out.")).size());
    }
}
