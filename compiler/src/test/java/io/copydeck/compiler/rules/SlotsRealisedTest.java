package io.copydeck.compiler.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.copydeck.compiler.ConstraintCheck;
import io.copydeck.dsl.brief.SlotRealiser;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlotsRealisedTest {
    private static final Facts AUTUMN = Briefs.facts(Briefs.AUTUMN);

    @Test
    void aRealisedTextMeetsTheRule() {
        var rule = new SlotsRealised();
        String text = SlotRealiser.realise("Meet {product}: {benefit}. Use {code}.", AUTUMN.brief()).text();
        assertEquals("Meet Chai Blend: fresh tea. Use AUTUMN15.", text);
        assertEquals(List.of(), Briefs.found(rule, text, AUTUMN));
    }

    @Test
    void everyBraceLeftAfterRealisationIsAFinding() {
        var rule = new SlotsRealised();
        String text = SlotRealiser.realise("Meet {product} in {colour}. Ease {pain.0}, {Chai}, {", AUTUMN.brief()).text();
        assertEquals("Meet Chai Blend in {colour}. Ease {pain.0}, {Chai}, {", text, "what cannot be realised stays");
        assertEquals(List.of("{colour}", "{pain.0}", "{Chai}", "{"), Briefs.found(rule, text, AUTUMN));
        List<String> messages = rule.check(Briefs.input(text, AUTUMN)).stream().map(Finding::message).toList();
        assertEquals(List.of("{colour} is no slot", "{pain.0}: the brief has no such fact",
                "\"{Chai}\" is no slot: a slot is lowercase, like {product} or {pain.0}", "a brace with no slot"), messages);
        assertTrue(rule.check(Briefs.input(text, AUTUMN)).stream().allMatch(f -> f.ruleId().equals(SlotsRealised.ID)));
    }

    @Test
    void aSlotNeverRealisedIsAFindingToo() {
        // The verifier checks final texts: a slot that reached one unrealised is never sent.
        assertEquals(List.of("{product}"), Briefs.found(new SlotsRealised(), "Meet {product} today.", AUTUMN));
    }

    @Test
    void theRegistryRunsItOnGeneratedFieldsAndSelectionOnTheRealisedText() {
        var field = Briefs.field("text", 100);
        assertTrue(Briefs.RULES.fieldRules(field).stream().anyMatch(r -> r.id().equals(SlotsRealised.ID)));
        ConstraintCheck failed = Briefs.RULES.check(new RuleInput("Try it in {colour}.", field, AUTUMN)).stream()
                .filter(c -> c.rule().equals(SlotsRealised.ID)).findFirst().orElseThrow();
        assertFalse(failed.ok());
        assertEquals("slots", failed.rule());
        assertEquals("text names only facts the brief has: {colour} is no slot", failed.message());
        assertTrue(Briefs.RULES.check(new RuleInput("Try it in {colour}.", field, AUTUMN)).stream()
                .anyMatch(c -> c.rule().equals(SlotsRealised.ID) && !c.ok()));
    }
}
