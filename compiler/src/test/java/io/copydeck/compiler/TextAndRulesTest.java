package io.copydeck.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.copydeck.dsl.model.Length;
import io.copydeck.dsl.model.LengthUnit;
import io.copydeck.dsl.plan.Constraints;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Cleaning, fitting, rules, selection and placement, on hand-made texts. */
class TextAndRulesTest {
    static final TextMeasure MEASURE = new TextMeasure(t -> (int) Math.ceil(t.length() / 4.0));
    static final FieldRules RULES = new FieldRules(MEASURE);
    static final FactsRule NO_FACTS = FactsRule.of(Map.of());

    static Constraints limit(int chars, String... avoid) {
        return new Constraints(List.of(new Length(chars, LengthUnit.CHARS)), List.of(), List.of(avoid));
    }

    @Test
    void cleaningNormalisesSpaceAndCutsTheUnfinishedSentence() {
        assertEquals("Cold brew, ready in 30 seconds.",
                TextCleaner.clean("  Cold  brew,\tready in 30 seconds. And then the", true, false));
        assertEquals("Cold brew is back", TextCleaner.clean(" Cold brew is back\nSubject: more", true, true));
        assertEquals("One.\n\nTwo.", TextCleaner.clean("One.\n\n\n\nTwo.", false, true));
        assertEquals("Fresh tea", TextCleaner.clean("\"Fresh tea", true, true), "dangling quote dropped");
        assertEquals("Fresh tea (loose leaf)", TextCleaner.clean("Fresh tea (loose leaf)", true, true));
        assertEquals("No stop word here", TextCleaner.clean("No stop word here and", true, false));
    }

    @Test
    void fittingPrefersASentenceEndThenAWord() {
        var sentence = TextCleaner.fit("Short one. A much longer second sentence here.", t -> t.length() <= 20);
        assertEquals("Short one.", sentence.text());
        assertFalse(sentence.cutMidSentence());
        var word = TextCleaner.fit("A very long sentence without an end", t -> t.length() <= 12);
        assertEquals("A very long", word.text());
        assertTrue(word.cutMidSentence());
        assertNull(TextCleaner.fit("Supercalifragilistic", t -> t.length() <= 3));
    }

    @Test
    void aLabelThatImitatesThePromptLayoutIsNotCopy() {
        assertEquals("Late-night deadlines? We get it.", TextCleaner.clean(" A: Late-night deadlines? We get it.", false, true));
        assertEquals("Fresh chai, fast.", TextCleaner.clean(" Headline: Fresh chai, fast.", true, true));
        assertEquals("Goodbye slump: hello chai.", TextCleaner.clean(" Goodbye slump: hello chai.", true, true));
        assertEquals("Aurora Cold Brew: ready in 30 seconds.", TextCleaner.clean("Aurora Cold Brew: ready in 30 seconds.", true, true));
    }

    @Test
    void aPhraseCutMidSentenceDoesNotEndOnADanglingWordOrNumber() {
        assertEquals("A clear head", TextCleaner.fit("A clear head without the jitters and more", t -> t.length() <= 26).text());
        assertEquals("Cafe-quality coffee", TextCleaner.fit("Cafe-quality coffee in 30 seconds", t -> t.length() <= 25).text());
        assertEquals(null, TextCleaner.fit("The best of all", t -> t.length() <= 3));
    }

    @Test
    void charactersAreCodePoints() {
        assertEquals(3, MEASURE.measure("☕🙂a", LengthUnit.CHARS));
        assertEquals(4, MEASURE.measure(" four  words here too ", LengthUnit.WORDS));
        assertEquals(2, MEASURE.measure("One. Two!", LengthUnit.SENTENCES));
    }

    @Test
    void rulesCatchLengthAvoidedPhrasesInAnyCaseAndLoops() {
        assertTrue(FieldRules.allHardOk(RULES.check("subject", "Wake up to cold brew", limit(30, "cheap"))));
        assertFalse(FieldRules.allHardOk(RULES.check("subject", "A CHEAP thrill", limit(30, "cheap"))));
        assertFalse(FieldRules.allHardOk(RULES.check("subject", "x".repeat(31), limit(30))));
        assertFalse(FieldRules.allHardOk(RULES.check("subject", "", limit(30))));
        assertTrue(FieldRules.repeats("buy now buy now buy now"));
        assertTrue(FieldRules.repeats("tea tea tea tea"));
        assertFalse(FieldRules.repeats("Tea for you, tea for me"));
    }

    @Test
    void selectionKeepsTheLikeliestValidCandidate() {
        FieldSelector selector = new FieldSelector(RULES);
        var s = selector.select("subject", List.of(
                new RawCompletion(" Cheap coffee for all", -1, 4, true),     // avoided phrase
                new RawCompletion(" Cold brew for your commute", -8, 5, true),
                new RawCompletion(" Your train, your cold brew", -4, 5, true)), limit(40, "cheap"), true, NO_FACTS);
        assertEquals("Your train, your cold brew", s.text());
        var none = selector.select("subject", List.of(new RawCompletion(" cheap", -1, 1, true)), limit(40, "cheap"), true,
                NO_FACTS);
        assertFalse(none.ok());
        assertTrue(none.failure().contains("avoids \"cheap\" (failed by 1 of 1)"), none.failure());
    }

    @Test
    void pricesPercentagesAndCodesMustBeComputedFacts() {
        FactsRule facts = FactsRule.of(Map.of("product", Map.of("price", "$3.49"),
                "promo", Map.of("sale_price", "$2.79", "discount", "20%", "code", "SPRING20")));
        assertEquals(List.of(), facts.unbacked("Now $2.79 instead of $3.49: 20% off with SPRING20. Ready in 30 seconds."));
        assertEquals(List.of("$2.99", "WELCOME20", "25%"), facts.unbacked("From $2.99 with WELCOME20, 25% off"));
        assertEquals(List.of("$2", "0%"), facts.unbacked("Now $2. Or 0% today."), "a piece of a fact is not a fact");
        FieldSelector selector = new FieldSelector(RULES);
        var s = selector.select("text", List.of(new RawCompletion(" Only $1.99 today", -1, 4, true),
                new RawCompletion(" Now $2.79 with SPRING20", -5, 6, true)), limit(60), true, facts);
        assertEquals("Now $2.79 with SPRING20", s.text(), "the invented price loses, however likely");
        assertEquals(List.of(), FactsRule.of(Map.of("p", "2,79 €")).unbacked("Jetzt 2,79 €"));
        FactsRule dated = FactsRule.of(Map.of("brand", Map.of("name", "Aurora Coffee"),
                "product", Map.of("name", "Aurora Cold Brew"), "promo", Map.of("ends", "March 31, 2027")));
        assertEquals(List.of(), dated.unbacked("Aurora Cold Brew Now, until March 31, 2027, from Aurora Coffee."));
        assertEquals(List.of("July 2027", "Aurora Labs"), dated.unbacked("Until July 2027 at Aurora Labs."));
        FactsRule window = FactsRule.of(Map.of("window", Map.of("start", "15 September 2027"),
                "promo", Map.of("ends", "31 October 2027")));
        assertEquals(List.of("September 2027"), window.unbacked("Save now until September 2027."),
                "a month cut out of another date is a wrong date");
        assertEquals(List.of(), window.unbacked("From 15 September 2027 until 31 October 2027."));
    }

    @Test
    void namesTheBriefDoesNotKnowAreInventedAndSoIsTokenSalad() {
        // Seen in the shipped model's output for autumn-tea: product and brand names from nowhere.
        FactsRule facts = FactsRule.of(Map.of("brand", Map.of("name", "Northwind Tea"),
                "product", Map.of("name", "Chai Blend", "description", "A warming cup in four minutes"),
                "bundle", Map.of("name", "Morning Sencha Duo"), "promo", Map.of("code", "AUTUMN15", "discount", "15%")));
        assertEquals(List.of("Willow Harbour Chai", "Bramble Works"),
                facts.unbacked("Meet Willow Harbour Chai from Bramble Works."));
        assertEquals(List.of("Cocoa Clusters Duo"), facts.unbacked("A snack you feel good about? That's Cocoa Clusters Duo."));
        assertEquals(List.of("Mint Meadow"), facts.unbacked("Hello Mint Meadow."));
        assertEquals(List.of("Chai Duo"), facts.unbacked("Try Chai Duo."), "declared words, undeclared name");
        assertEquals(List.of("Labs"), facts.unbacked("Shop Labs"));
        FactsRule aurora = FactsRule.of(Map.of("brand", Map.of("name", "Aurora Coffee"),
                "product", Map.of("name", "Aurora Oat Latte")));
        assertEquals(List.of("Aurora Co", "Aurora Oat"), aurora.unbacked("By Aurora Co. Try Aurora Oat."),
                "a piece of a name, or its front, is not the name");
        assertEquals(List.of(), aurora.unbacked("Try Oat Latte from Aurora Coffee."));
        assertEquals(List.of("cupESH15"), facts.unbacked("A warming cupESH15% off with code AUTUMN15."));
        assertEquals(List.of("Try10"), facts.unbacked("Try10"));
        // Declared names, sentence starters, codes, one unknown capitalised word and title-case headlines pass.
        assertEquals(List.of(), facts.unbacked("Shop Morning Sencha Duo from Northwind Tea."));
        assertEquals(List.of(), facts.unbacked("Meet Chai Blend. Try it at Northwind with AUTUMN15 for 15% off."));
        assertEquals(List.of(), facts.unbacked("Your Monday deserves Chai Blend."));
        assertEquals(List.of(), facts.unbacked("Chai Blend is back. Reply STOP to opt out"), "capitals are not a name");
        assertEquals(List.of(), facts.unbacked("Fresh Tea Delivered To Your Desk"));
        assertEquals(List.of(), facts.unbacked("NEW: Chai Blend is here. Get yours on iPhone or Android."));
    }

    @Test
    void aVariantTakesAFreshTextBeforeTheOneAnEarlierVariantChose() {
        FieldSelector selector = new FieldSelector(RULES);
        var candidates = List.of(new RawCompletion(" Try it now.", -0.5, 4, true),
                new RawCompletion(" Made for your morning.", -3, 5, true));
        var v1 = selector.select("headline", candidates, limit(30), true, NO_FACTS);
        assertEquals("Try it now.", v1.text());
        var v2 = selector.select("headline", candidates, limit(30), true, NO_FACTS,
                java.util.Set.of(FieldSelector.sameness(v1.text())));
        assertEquals("Made for your morning.", v2.text(), "the fresh text wins, though less likely");
        assertTrue(v2.settled());
        var v3 = selector.select("headline", candidates.subList(0, 1), limit(30), true, NO_FACTS,
                java.util.Set.of(FieldSelector.sameness("try it NOW")));
        assertEquals("Try it now.", v3.text(), "a repeat is still better than nothing");
        assertFalse(v3.settled(), "but worth another round");
    }

    @Test
    void aFieldOfOnlyRequiredPhrasesIsNotCopy() {
        Constraints sms = new Constraints(List.of(), List.of("AUTUMN15"), List.of());
        var s = new FieldSelector(RULES).select("text", List.of(
                        new RawCompletion(" Reply STOP to opt out.", -0.1, 6, true),
                        new RawCompletion(" Autumn is chai weather. AUTUMN15 takes 15% off.", -3, 12, true)),
                sms, true, FactsRule.of(Map.of("promo", Map.of("code", "AUTUMN15", "discount", "15%"))));
        assertEquals("Autumn is chai weather. AUTUMN15 takes 15% off.", s.text(), "the likelier candidate is only the opt-out");
        assertTrue(FieldRules.allHardOk(RULES.check("text", "Chai is back. Reply STOP to opt out.", sms)));
        assertFalse(FieldRules.allHardOk(RULES.check("text", "AUTUMN15. Reply STOP to opt out", sms)));
    }

    @Test
    void aGarbledProductNameBecomesTheRealOneAndOtherInventedNamesStay() {
        FactsRule deskDuo = FactsRule.of(Map.of("brand", Map.of("name", "Northwind Tea"),
                "product", Map.of("name", "Desk Duo", "items", List.of("Morning Sencha", "Harbour Chai"))));
        assertEquals("Shop Desk Duo", deskDuo.repairNames("Shop Morning Sencha Duo"));
        assertEquals("Hello Desk Duo. Try Cocoa Duo.", deskDuo.repairNames("Hello Mint Duo. Try Cocoa Duo."),
                "the product once: a second invented one stays, to be dropped, rather than repeat the name");
        assertEquals("That's Desk Duo. Hello Mint Meadow.",
                deskDuo.repairNames("That's Cocoa Clusters Duo. Hello Mint Meadow."));
        assertEquals(List.of("Mint Meadow"), deskDuo.unbacked("That's Desk Duo. Hello Mint Meadow."));
        FactsRule chai = FactsRule.of(Map.of("product", Map.of("name", "Harbour Chai")));
        assertEquals("Meet Harbour Chai from Bramble Works.",
                chai.repairNames("Meet Willow Harbour Chai from Bramble Works."));
        assertEquals("Try Harbour Chai now.", chai.repairNames("Try Harbour Chai now."), "already right");
        assertEquals("Meet Harbour Chai", chai.repairNames("Meet Willow Harbour Chai"), "a title-case headline too");
        assertEquals(List.of("Willow Harbour Chai"), chai.unbacked("Meet Willow Harbour Chai"));
        assertEquals(List.of(), chai.unbacked("Fresh Tea Delivered To Your Desk"));
        assertEquals("Try Something New Today", chai.repairNames("Try Something New Today"));
        FactsRule pack = FactsRule.of(Map.of("brand", Map.of("name", "Aurora Coffee"),
                "product", Map.of("name", "Commuter Pack", "items", List.of("Aurora Cold Brew"))));
        assertEquals("Shop Commuter Pack", pack.repairNames("Shop Labs"), "borrowed from training, in the product's place");
        assertEquals("1 × Aurora Labs. Hello Commuter Pack.", pack.repairNames("1 × Aurora Labs. Hello Cold Brew Duo."));
        assertEquals(List.of("Aurora Labs"), pack.unbacked("1 × Aurora Labs."), "not in the product's place: dropped");
        assertEquals("Commuter Pack: coffee for the train.", pack.repairNames("Cold Brew Duo: coffee for the train."));
        FactsRule duo = FactsRule.of(Map.of("product", Map.of("name", "Desk Duo", "kind", "bundle",
                "features", List.of("1 × Morning Sencha", "1 × Harbour Chai"))));
        assertEquals("A calm break.\n- 1 × Morning Sencha.\n- 1 × Harbour Chai.\n- 2 × Northela Co.",
                duo.repairNames("A calm break.\n- 1 × Northwind Labs.\n- 1 × Tidal Mint.\n- 2 × Northela Co."),
                "declared items in order, each once; a quantity the bundle does not have stays");
        assertEquals(List.of("Northela Co"), duo.unbacked("2 × Northela Co."));
        var s = new FieldSelector(RULES).select("headline", List.of(new RawCompletion(" Shop Morning Sencha Duo", -1, 6, true)),
                limit(40), true, deskDuo);
        assertEquals("Shop Desk Duo", s.text());
    }

    @Test
    void sentencesWithUnbackedClaimsAreDroppedAndTheRestKept() {
        FactsRule facts = FactsRule.of(Map.of("code", "SPRING20"));
        String text = "Cold brew is back. Save 25% with WELCOME25!\n\nUse SPRING20 today. Enjoy.";
        assertEquals("Cold brew is back.\n\nUse SPRING20 today. Enjoy.",
                TextCleaner.dropSentences(text, sentence -> !facts.unbacked(sentence).isEmpty()));
    }

    @Test
    void placementAppendsCodeAndOptOutMakingRoomAtASentenceEnd() {
        var placement = new MustIncludePlacement(RULES);
        Map<String, String> fields = Map.of("text", "Chai is back for autumn. Warm up your desk with whole spices and Assam.");
        var placed = placement.place(List.of("AUTUMN15", "Reply STOP to opt out"), "AUTUMN15", fields,
                Map.of("text", limit(70)));
        assertEquals("Chai is back for autumn. Use code AUTUMN15. Reply STOP to opt out", placed.orElseThrow().get("text"));
        assertTrue(placement.place(List.of("x".repeat(80)), null, fields, Map.of("text", limit(70))).isEmpty());
    }
}
