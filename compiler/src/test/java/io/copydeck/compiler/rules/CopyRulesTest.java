package io.copydeck.compiler.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The registry: which rules a field and an asset get, and their checks as asset JSON writes them. */
class CopyRulesTest {
    @Test
    void everyFieldGetsEveryFieldRuleAndOneLengthRulePerLimit() {
        var job = Briefs.firstJob(Briefs.SPRING);
        List<String> ids = Briefs.RULES.fieldRules(job.field()).stream().map(CopyRule::id).toList();
        assertEquals(List.of("not-empty", "length", "avoided-phrase", "slots", "no-loop", "fact-twice", "own-words", "declared-names", "grounded", "spelling",
                "computed-facts", "token-salad", "sentence-shape"), ids);
    }

    @Test
    void assetRulesFollowTheChannelKindsCompliance() {
        var sms = Briefs.firstJob(Briefs.SPRING);
        assertEquals(List.of("must-include", "nothing-sent-avoided", "sms-opt-out", "sms-length-as-sent"),
                Briefs.RULES.assetRules(sms.brief(), sms.field()).stream().map(AssetRule::id).toList());
        var email = Briefs.firstJob(Briefs.SPRING.replace("channel sms {", "channel email welcome {"));
        assertEquals(List.of("must-include", "nothing-sent-avoided", "legal-footer", "unsubscribe"),
                Briefs.RULES.assetRules(email.brief(), email.field()).stream().map(AssetRule::id).toList());
    }

    @Test
    void aCheckCarriesItsRuleIdMessageAndSpans() {
        var job = Briefs.firstJob(Briefs.SPRING);
        var checks = Briefs.RULES.check(new RuleInput("Only $2.99 today.", job.field(), Facts.of(job.brief())));
        var facts = checks.stream().filter(c -> c.rule().equals(ComputedFacts.ID)).findFirst().orElseThrow();
        assertFalse(facts.ok());
        Map<String, Object> json = facts.toMap();
        assertEquals("computed-facts", json.get("rule"));
        assertEquals(false, json.get("ok"));
        assertTrue(json.get("message").toString().contains("\"$2.99\" is no price of the brief"), json.toString());
        assertEquals(List.of(Map.of("start", 5, "end", 10, "message", "\"$2.99\" is no price of the brief")), json.get("spans"));
        var ok = checks.stream().filter(c -> c.rule().equals(NotEmpty.ID)).findFirst().orElseThrow().toMap();
        assertFalse(ok.containsKey("spans"));
    }
}
