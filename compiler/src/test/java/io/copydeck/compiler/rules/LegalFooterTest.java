package io.copydeck.compiler.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LegalFooterTest {
    @Test
    void everyLegalLineIsSent() {
        var job = Briefs.firstJob(Briefs.AUTUMN);
        var rule = new LegalFooter();
        assertEquals(0, rule.check(new AssetInput(job.brief(), job.field(), Map.of(),
                "Chai. Northwind Tea Ltd., 4 Quay Road, Bristol BS1 4DJ")).size());
        assertEquals(1, rule.check(new AssetInput(job.brief(), job.field(), Map.of(), "Chai. Northwind Tea Ltd.")).size());
    }
}
