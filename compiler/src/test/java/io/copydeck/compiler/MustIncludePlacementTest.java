package io.copydeck.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.copydeck.compiler.rules.Briefs;
import io.copydeck.compiler.rules.Facts;
import io.copydeck.compiler.rules.SmsOptOut;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MustIncludePlacementTest {
    private static final Facts AUTUMN = Briefs.facts(Briefs.AUTUMN);

    @Test
    void placementAppendsCodeAndOptOutMakingRoomAtASentenceEnd() {
        var placement = new MustIncludePlacement(Briefs.RULES);
        Map<String, String> fields = Map.of("text", "Chai is back for autumn. Warm up your desk with whole spices and Assam.");
        var placed = placement.place(List.of("AUTUMN15", SmsOptOut.line(AUTUMN.brief())), AUTUMN, fields,
                Map.of("text", Briefs.field("text", 70)));
        assertEquals("Chai is back for autumn. Use code AUTUMN15. Reply STOP to opt out.", placed.orElseThrow().get("text"));
        assertTrue(placement.place(List.of("x".repeat(80)), AUTUMN, fields, Map.of("text", Briefs.field("text", 70))).isEmpty());
    }
}
