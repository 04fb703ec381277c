package io.copydeck.compiler.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenSaladTest {
    private static final Facts FACTS = Briefs.facts(Briefs.AUTUMN);

    @Test
    void capitalsOrDigitsAfterLowercaseAreGluedTokens() {
        var rule = new TokenSalad();
        assertEquals(List.of("cupESH15"), Briefs.found(rule, "A warming cupESH15% off with code AUTUMN15.", FACTS));
        assertEquals(List.of("Try10"), Briefs.found(rule, "Try10", FACTS));
        assertEquals(List.of(), Briefs.found(rule, "Get yours on iPhone, with AUTUMN15, in 30-second steps.", FACTS));
        assertEquals(List.of("discount.99", "E7.39"), Briefs.found(rule,
                "It fits right into your discount.99. Meet E7.39 with you.", FACTS), "cents glued onto a word");
        assertEquals(List.of(), Briefs.found(rule, "Loose leaf, e.g. chai. Version 2.0 is 10.5 cm.", FACTS));
        assertEquals("A cup.", rule.repair(Briefs.input("A cup. Try10 now.", FACTS)).orElseThrow());
    }
}
