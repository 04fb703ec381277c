package io.copydeck.compiler.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ComputedFactsTest {
    private static final ComputedFacts RULE = new ComputedFacts();
    private static final Facts SPRING = Briefs.facts(Briefs.SPRING);
    private static final Facts AUTUMN = Briefs.facts(Briefs.AUTUMN);

    private static List<String> unbacked(String text, Facts facts) {
        return Briefs.found(RULE, text, facts);
    }

    @Test
    void pricesPercentagesCodesAndNumbersMustBeTheBriefs() {
        assertEquals(List.of(), unbacked("Now $2.79 instead of $3.49: 20% off with SPRING20. Ready in 30 seconds.", SPRING));
        assertEquals(List.of("$2.99", "WELCOME20", "25%"), unbacked("From $2.99 with WELCOME20, 25% off", SPRING));
        assertEquals(List.of("$2", "0%"), unbacked("Now $2. Or 0% today.", SPRING), "a piece of a fact is not a fact");
        assertEquals(List.of("$ 3.50"), unbacked("Only $ 3.50", SPRING));
        assertEquals(List.of(), unbacked("Only $ 3.49", SPRING), "spacing aside");
    }

    @Test
    void aPriceInTheCampaignsLanguageIsBacked() {
        Facts german = Briefs.facts(Briefs.SPRING.replace("en-US", "de-DE").replace("USD", "EUR"));
        assertEquals(List.of(), unbacked("Jetzt 2,79 € statt 3,49 €", german));
        assertEquals(List.of("2,99 €"), unbacked("Jetzt 2,99 €", german));
        assertEquals(List.of(), unbacked("Gültig bis 31. März 2027.", german), "a date in German");
    }

    @Test
    void aDateIsWholeOrItIsAnotherDate() {
        assertEquals(List.of(), unbacked("Aurora Cold Brew Now, until March 31, 2027, from Aurora Coffee.", SPRING));
        assertEquals(List.of("July 2027"), unbacked("Until July 2027 at Aurora Labs.", SPRING));
        assertEquals(List.of("September 2027"), unbacked("Save now until September 2027.", AUTUMN),
                "a month cut out of another date (the window opens 15 September 2027) is a wrong date");
        assertEquals(List.of(), unbacked("From 15 September 2027 until 31 October 2027.", AUTUMN));
    }

    @Test
    void aBareNumberIsOneTheBriefStatesBare() {
        // Seen in the shipped model's output: a discount without its sign, a price made of a year.
        assertEquals(List.of("15"), unbacked("Save 15, 2027.", AUTUMN), "15 is a percentage; 2027 is the title's year");
        assertEquals(List.of("2027.48"), unbacked("Save 2027.48", AUTUMN));
        assertEquals(List.of("2027"), unbacked("Save 2027 today.", AUTUMN),
                "the title's year, but where a price goes");
        assertEquals(List.of("20"), unbacked("Take 20 off.", SPRING));
        assertEquals(List.of(), unbacked("Autumn Tea Club 2027 is here.", AUTUMN), "the year as the title states it");
        assertEquals(List.of(), unbacked("Ready in 30 seconds.", SPRING));
        assertEquals(List.of("45"), unbacked("Ready in 45 seconds.", SPRING));
    }

    @Test
    void aPercentSignFollowsANumber() {
        assertEquals(List.of("%"), unbacked("All% off", AUTUMN));
        assertEquals(List.of(), unbacked("15% off with AUTUMN15.", AUTUMN));
    }

    @Test
    void smallCountsInTheBriefsWordsAndBundleQuantitiesPass() {
        assertEquals(List.of(), unbacked("A warming cup in 4 minutes.", AUTUMN), "the brief says \"four minutes\"");
        assertEquals(List.of(), unbacked("For people who drink 3 cups a day.", AUTUMN), "\"three or more cups\"");
        assertEquals(List.of("5"), unbacked("A warming cup in 5 minutes.", AUTUMN));
        Facts pack = Briefs.facts(Briefs.SPRING.replace("pricing {",
                "pricing { bundle pack { name: \"Commuter Pack\"; items: cold_brew x 12; price: 34.99 USD }")
                .replace("channel sms { promo: spring20; must_include: \"SPRING20\" }", "channel twitter { products: pack }"));
        assertEquals(List.of(), unbacked("12 cans for the train, $34.99.", pack));
        assertEquals(List.of("24"), unbacked("24 cans for the train.", pack));
    }

    @Test
    void whatTheChannelMustIncludeIsStatedToo() {
        // The spec requires the code on every product of the channel, also one the promo does not apply to.
        Facts duo = Briefs.facts(Briefs.DESK_DUO);
        var sms = new RuleInput("Tea for two. SPRING20", Briefs.field("text", List.of("SPRING20")), duo);
        assertEquals(List.of(), RULE.check(sms));
        assertEquals(1, RULE.check(Briefs.input("Tea for two. SPRING20", duo)).size());
    }

    @Test
    void theRepairDropsTheSentencesThatInventAFact() {
        var in = Briefs.input("A warming cup.\n\nSave 15, 2027. Shop now.", AUTUMN);
        assertEquals("A warming cup.\n\nShop now.", RULE.repair(in).orElseThrow());
        var codes = Briefs.input("Cold brew is back. Save 25% with WELCOME25!\n\nUse SPRING20 today. Enjoy.", SPRING);
        assertEquals("Cold brew is back.\n\nUse SPRING20 today. Enjoy.", RULE.repair(codes).orElseThrow());
        assertEquals(java.util.Optional.empty(), RULE.repair(Briefs.input("Use SPRING20 today.", SPRING)));
    }
}
