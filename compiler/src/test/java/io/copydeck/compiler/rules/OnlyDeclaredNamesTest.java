package io.copydeck.compiler.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Names from nowhere, seen in the shipped model's output, and the repair of a garbled product name. */
class OnlyDeclaredNamesTest {
    private static final OnlyDeclaredNames RULE = new OnlyDeclaredNames();
    private static final Facts CHAI_BLEND = Briefs.facts(Briefs.AUTUMN);
    private static final Facts DESK_DUO = Briefs.facts(Briefs.DESK_DUO);
    private static final Facts AURORA_LATTE = Briefs.facts(Briefs.product("Aurora Coffee", "Aurora Oat Latte", ""));
    private static final Facts HARBOUR_CHAI = Briefs.facts(Briefs.product("Northwind Tea", "Harbour Chai", ""));
    private static final Facts COMMUTER_PACK = Briefs.facts(Briefs.SPRING.replace("pricing {",
            "pricing { bundle pack { name: \"Commuter Pack\"; items: cold_brew x 12; price: 34.99 USD }")
            .replace("channel sms { promo: spring20; must_include: \"SPRING20\" }", "channel twitter { products: pack }"));

    private static List<String> invented(String text, Facts facts) {
        return Briefs.found(RULE, text, facts);
    }

    private static String repaired(String text, Facts facts) {
        return RULE.repair(Briefs.input(text, facts)).orElse(text);
    }

    @Test
    void namesTheBriefDoesNotDeclareAreInvented() {
        assertEquals(List.of("Willow Harbour Chai", "Bramble Works"),
                invented("Meet Willow Harbour Chai from Bramble Works.", CHAI_BLEND));
        assertEquals(List.of("Cocoa Clusters Duo"), invented("A snack you feel good about? That's Cocoa Clusters Duo.", CHAI_BLEND));
        assertEquals(List.of("Mint Meadow"), invented("Hello Mint Meadow.", CHAI_BLEND));
        assertEquals(List.of("Chai Duo"), invented("Try Chai Duo.", CHAI_BLEND), "declared words, undeclared name");
        assertEquals(List.of("Labs"), invented("Shop Labs", CHAI_BLEND));
        assertEquals(List.of("Aurora Co", "Aurora Oat"), invented("By Aurora Co. Try Aurora Oat.", AURORA_LATTE),
                "a piece of a name, or its front, is not the name");
        assertEquals(List.of(), invented("Try Oat Latte from Aurora Coffee.", AURORA_LATTE));
        Facts visit = Briefs.facts(Briefs.product("BrightPaws", "Full Groom Visit", ""));
        assertEquals(List.of(), invented("Every Full Groom Visit has it.", visit), "a declared name ending in a common word");
        assertEquals(List.of("Full Groom"), invented("Book a Full Groom now.", visit), "its front is still not the name");
    }

    @Test
    void declaredNamesSentenceStartersCapitalsAndTitleCaseHeadlinesPass() {
        assertEquals(List.of(), invented("Shop Desk Duo from Northwind Tea.", DESK_DUO));
        assertEquals(List.of(), invented("Meet Chai Blend. Try it at Northwind with AUTUMN15 for 15% off.", CHAI_BLEND));
        assertEquals(List.of(), invented("Your Monday deserves Chai Blend.", CHAI_BLEND));
        assertEquals(List.of(), invented("Chai Blend is back. Reply STOP to opt out", CHAI_BLEND), "capitals are not a name");
        assertEquals(List.of(), invented("Fresh Tea Delivered To Your Desk", CHAI_BLEND));
        assertEquals(List.of(), invented("NEW: Chai Blend is here. Get yours on iPhone or Android.", CHAI_BLEND));
    }

    @Test
    void aGarbledProductNameBecomesTheRealOneAndSentencesWithOtherInventedNamesGo() {
        assertEquals("Shop Desk Duo", repaired("Shop Morning Sencha Duo", DESK_DUO));
        assertEquals("Hello Desk Duo. Try Cocoa Duo.", DESK_DUO.names().repair("Hello Mint Duo. Try Cocoa Duo."),
                "the product once: a second invented one stays rather than repeat the name");
        assertEquals("Hello Desk Duo.", repaired("Hello Mint Duo. Try Cocoa Duo.", DESK_DUO), "and its sentence goes");
        assertEquals("That's Desk Duo.", repaired("That's Cocoa Clusters Duo. Hello Mint Meadow.", DESK_DUO));
        assertEquals("Meet Harbour Chai from Bramble Works.",
                HARBOUR_CHAI.names().repair("Meet Willow Harbour Chai from Bramble Works."));
        assertEquals("Try Harbour Chai now.", repaired("Try Harbour Chai now.", HARBOUR_CHAI), "already right");
        assertEquals("Meet Harbour Chai", repaired("Meet Willow Harbour Chai", HARBOUR_CHAI), "a title-case headline too");
        assertEquals(List.of("Willow Harbour Chai"), invented("Meet Willow Harbour Chai", HARBOUR_CHAI));
        assertEquals("Try Something New Today", repaired("Try Something New Today", HARBOUR_CHAI));
        assertEquals("Shop Commuter Pack", repaired("Shop Labs", COMMUTER_PACK), "borrowed from training, in the product's place");
        assertEquals("1 × Aurora Labs. Hello Commuter Pack.",
                COMMUTER_PACK.names().repair("1 × Aurora Labs. Hello Cold Brew Duo."));
        assertEquals(List.of("Aurora Labs"), invented("1 × Aurora Labs.", COMMUTER_PACK), "not in the product's place");
        assertEquals("Commuter Pack: coffee for the train.", repaired("Cold Brew Duo: coffee for the train.", COMMUTER_PACK));
    }

    @Test
    void aBundlesItemsAreTheDeclaredOnesInOrder() {
        assertEquals("A calm break.\n- 1 × Morning Sencha.\n- 1 × Harbour Chai.\n- 2 × Northela Co.",
                DESK_DUO.names().repair("A calm break.\n- 1 × Northwind Labs.\n- 1 × Tidal Mint.\n- 2 × Northela Co."),
                "declared items in order, each once; a quantity the bundle does not have stays");
        assertEquals(List.of("Northela Co"), invented("2 × Northela Co.", DESK_DUO));
    }
}
