package io.copydeck.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.copydeck.compiler.rules.Briefs;
import io.copydeck.compiler.rules.Facts;
import io.copydeck.dsl.brief.FieldSpec;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Selection runs the registry's rules and repairs on every candidate. */
class FieldSelectorTest {
    private static final FieldSelector SELECTOR = new FieldSelector(Briefs.RULES);
    private static final Facts SPRING = Briefs.facts(Briefs.SPRING);
    private static final Facts AUTUMN = Briefs.facts(Briefs.AUTUMN);

    @Test
    void theLikeliestValidCandidateWins() {
        var s = SELECTOR.select(Briefs.field("subject", 40, "cheap"), List.of(
                new RawCompletion(" Cheap coffee for all", -1, 4, true),     // avoided phrase
                new RawCompletion(" Cold brew for your commute", -8, 5, true),
                new RawCompletion(" Your train, your cold brew", -4, 5, true)), SPRING);
        assertEquals("Your train, your cold brew", s.text());
        var none = SELECTOR.select(Briefs.field("subject", 40, "cheap"), List.of(new RawCompletion(" cheap", -1, 1, true)),
                SPRING);
        assertFalse(none.ok());
        assertTrue(none.failure().contains("subject avoids \"cheap\" [avoided-phrase] (failed by 1 of 1)"), none.failure());
    }

    @Test
    void slotsAreRealisedBeforeCleaningAndASentenceWithASlotTheBriefCannotFillGoes() {
        var s = SELECTOR.select(Briefs.field("text", 100), List.of(
                new RawCompletion(" {product} in {colour}: {benefit}.", -1, 8, true),   // no such slot: nothing left
                new RawCompletion(" Meet {product}: {benefit}. {pain.0}?", -2, 8, true), // no pains: a fact it lacks
                new RawCompletion(" Meet {product}: {benefit}. Use {code}.", -9, 8, true)), AUTUMN);
        assertEquals("Meet Chai Blend: fresh tea. Use AUTUMN15.", s.text(),
                "a whole candidate ranks before a likelier one its repairs cut");
        var repaired = SELECTOR.select(Briefs.field("text", 100), List.of(
                new RawCompletion(" Meet {product}: {benefit}. {pain.0}?", -2, 8, true)), AUTUMN);
        assertEquals("Meet Chai Blend: fresh tea.", repaired.text(), "the sentence naming a fact the brief lacks goes");
        var none = SELECTOR.select(Briefs.field("text", 100), List.of(
                new RawCompletion(" Fresh tea in {colour}.", -1, 8, true)), AUTUMN);
        assertFalse(none.ok(), "nothing is left once the sentence goes");
        var list = SELECTOR.select(Briefs.body("text", 200), List.of(
                new RawCompletion(" {benefit}\n- {feature.7}\n- {product} in every cup", -1, 8, true)), AUTUMN);
        assertEquals("Fresh tea\n- Chai Blend in every cup", list.text(), "one bad item of a list goes, not the list");
        var cut = SELECTOR.select(Briefs.body("text", 100), List.of(
                new RawCompletion(" Meet {product}. Ease into {bene", -1, 8, false)), AUTUMN);
        assertEquals("Meet Chai Blend.", cut.text(), "a slot the token limit cut goes with its unfinished sentence");
    }

    @Test
    void anInventedPriceLosesHoweverLikely() {
        var s = SELECTOR.select(Briefs.field("text", 60), List.of(new RawCompletion(" Only $1.99 today", -1, 4, true),
                new RawCompletion(" Now $2.79 with SPRING20", -5, 6, true)), SPRING);
        assertEquals("Now $2.79 with SPRING20", s.text());
    }

    @Test
    void aSentenceWithABrokenShapeOrAnInventedNumberGoesAndTheRestIsKept() {
        var s = SELECTOR.select(Briefs.body("text", 200), List.of(
                new RawCompletion(" A warming cup.\n\nSave 15, 2027. Shop now.", -1, 12, true)), AUTUMN);
        assertEquals("A warming cup.\n\nShop now.", s.text());
        var shape = SELECTOR.select(Briefs.field("text", 200), List.of(
                new RawCompletion(" Slow down. That's something good. is here.", -1, 12, true)), AUTUMN);
        assertEquals("Slow down. That's something good.", shape.text());
    }

    @Test
    void aGarbledProductNameIsRepaired() {
        var s = SELECTOR.select(Briefs.field("headline", 40), List.of(new RawCompletion(" Shop Morning Sencha Duo", -1, 6, true)),
                Briefs.facts(Briefs.DESK_DUO));
        assertEquals("Shop Desk Duo", s.text());
    }

    @Test
    void aVariantTakesAFreshTextBeforeTheOneAnEarlierVariantChose() {
        var candidates = List.of(new RawCompletion(" Try it now.", -0.5, 4, true),
                new RawCompletion(" Made for your morning.", -3, 5, true));
        var v1 = SELECTOR.select(Briefs.field("headline", 30), candidates, SPRING);
        assertEquals("Try it now.", v1.text());
        var v2 = SELECTOR.select(Briefs.field("headline", 30), candidates, SPRING, Set.of(FieldSelector.sameness(v1.text())));
        assertEquals("Made for your morning.", v2.text(), "the fresh text wins, though less likely");
        assertTrue(v2.settled());
        var v3 = SELECTOR.select(Briefs.field("headline", 30), candidates.subList(0, 1), SPRING,
                Set.of(FieldSelector.sameness("try it NOW")));
        assertEquals("Try it now.", v3.text(), "a repeat is still better than nothing");
        assertFalse(v3.settled(), "but worth another round");
    }

    @Test
    void aFieldOfOnlyRequiredPhrasesIsNotCopy() {
        var s = SELECTOR.select(Briefs.field("text", List.of("AUTUMN15")), List.of(
                new RawCompletion(" Reply STOP to opt out.", -0.1, 6, true),
                new RawCompletion(" Autumn is chai time. AUTUMN15 takes 15% off.", -3, 12, true)), AUTUMN);
        assertEquals("Autumn is chai time. AUTUMN15 takes 15% off.", s.text(), "the likelier candidate is only the opt-out");
    }

    @Test
    void aTextThatSaysAnotherVariantsSentenceIsChosenButWorthAnotherRound() {
        // It names the product, so it stays (every variant has to name it), but variants exist to differ.
        Set<String> said = FieldSelector.sentences("Meet Aurora Cold Brew: cafe-quality coffee in 30 seconds.");
        var echo = SELECTOR.select(Briefs.field("text", 160), List.of(
                new RawCompletion(" Meet Aurora Cold Brew: cafe-quality coffee in 30 seconds. Use SPRING20.", -0.5, 14, true)),
                SPRING, Set.of(), said, Set.of());
        assertTrue(echo.ok() && echo.echoes() && !echo.settled(), echo.toString());
        var fresh = SELECTOR.select(Briefs.field("text", 160), List.of(
                new RawCompletion(" Aurora Cold Brew, ready when your train is. Use SPRING20.", -0.5, 12, true)),
                SPRING, Set.of(), said, Set.of());
        assertTrue(fresh.settled(), fresh.toString());
    }

    @Test
    void aTextLosesAsManyOfAnotherVariantsSentencesAsItCanSpare() {
        // Twelve words at the least: without both echoes the text has 6, without the shorter 12.
        FieldSpec twelveWords = new FieldSpec("text", List.of(new io.copydeck.dsl.model.Length(200,
                io.copydeck.dsl.model.LengthUnit.CHARS)), false, 12, List.of(), List.of(), null);
        Set<String> said = FieldSelector.sentences("It fits right into your day. We keep it simple so you don't have to "
                + "think about it.");
        var s = SELECTOR.select(twelveWords, List.of(new RawCompletion(" Aurora Cold Brew is ready in 30 seconds. It fits "
                + "right into your day. We keep it simple so you don't have to think about it.", -0.5, 30, true)),
                SPRING, Set.of(), said, Set.of());
        assertEquals("Aurora Cold Brew is ready in 30 seconds. We keep it simple so you don't have to think about it.",
                s.text(), "the shorter echo goes; both would leave too few words");
        assertTrue(s.echoes() && !s.settled(), s.toString());
    }

    @Test
    void aLaterVariantsSentenceGoesWhereItCanBeSparedButIsNoReasonForAnotherRound() {
        var later = new FieldSelector.Others(FieldSelector.Chosen.NONE, new FieldSelector.Chosen(Set.of(),
                FieldSelector.sentences("It fits right into your day.")), Set.of());
        var s = SELECTOR.select(Briefs.field("text", 160), List.of(new RawCompletion(
                " Aurora Cold Brew is ready in 30 seconds. It fits right into your day.", -0.5, 16, true)), SPRING, later);
        assertEquals("Aurora Cold Brew is ready in 30 seconds.", s.text());
        var kept = SELECTOR.select(Briefs.field("text", 160), List.of(new RawCompletion(
                " It fits right into your day.", -0.5, 8, true)), SPRING, later);
        assertEquals("It fits right into your day.", kept.text(), "its only sentence stays");
        assertTrue(kept.settled(), "the later variant is the one to write again: " + kept);
    }

    @Test
    void aSentenceTheModelWasNeverTaughtGoesUnlessThePartFallsShortWithoutIt() {
        SentenceInventory taught = SentenceInventory.of(List.of("meet {product}: {benefit}", "use {code} today",
                "it works the way you do"));
        FieldSelector selector = new FieldSelector(Briefs.RULES, java.util.Optional.of(taught));
        var s = selector.select(Briefs.field("text", 160), List.of(new RawCompletion(
                " Meet {product}: {benefit}. It works the way to {code} today. Use {code} today.", -0.5, 20, true)), SPRING);
        assertEquals("Meet Aurora Cold Brew: cafe-quality coffee in 30 seconds. Use SPRING20 today.", s.text());
        assertTrue(s.settled(), s.toString());

        FieldSpec twelveWords = new FieldSpec("text", List.of(new io.copydeck.dsl.model.Length(160,
                io.copydeck.dsl.model.LengthUnit.CHARS)), true, 12, List.of(), List.of(), null);
        var kept = selector.select(twelveWords, List.of(new RawCompletion(
                " Meet {product}: {benefit}. It works the way to {code} today.", -0.5, 16, true)), SPRING);
        assertTrue(kept.ok() && kept.spliced() && !kept.settled(), "short without it: kept, and worth another round: " + kept);
    }

    @Test
    void aTextStatesAFactByItsWordsNotByNamingWhatIsSold() {
        assertTrue(FieldSelector.statesAFact("You get cafe-quality coffee in 30 seconds.", SPRING));
        assertTrue(FieldSelector.statesAFact("Use SPRING20 at checkout.", SPRING));
        assertFalse(FieldSelector.statesAFact("Meet Aurora Cold Brew from Aurora Coffee.", SPRING),
                "the product and the brand are names, not facts stated");
        assertFalse(FieldSelector.statesAFact("It's easy to get started and easy to stick with.", SPRING));
    }
}
