package io.copydeck.dsl.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.copydeck.dsl.check.CheckResult;
import io.copydeck.dsl.check.Checker;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The support facts a later answer step indexes: stable ids, the campaign's over the brand's. */
class SupportFactsTest {
    private static final String BRAND = """
            brand b {
              name: "B"
              support {
                contact: "help@b.example"
                hours: "Mon-Fri 9-5"
                handoff: "A person will reply within a day."
                policy returns { text: "Returns within 30 days." }
                policy late_delivery { text: "Late parcels are refunded." }
                faq caffeine { question: "Is it caffeine-free?"; answer: "No." }
              }
            }
            """;

    @Test
    void eachFactHasAStableIdTopicAndText() {
        SupportFacts facts = SupportFacts.of(check(BRAND).spec());
        assertEquals(List.of("support.contact", "support.hours", "support.policy.returns",
                "support.policy.late_delivery", "support.faq.caffeine"), ids(facts));
        SupportFact late = facts.facts().get(3);
        assertEquals("late delivery", late.topic());
        assertEquals("Late parcels are refunded.", late.text());
        assertEquals(8, late.declared().startLine());
        SupportFact faq = facts.facts().get(4);
        assertEquals("Is it caffeine-free?", faq.topic());
        assertEquals("No.", faq.text());
        assertEquals("A person will reply within a day.", facts.handoff());
        assertTrue(ids(facts).stream().allMatch(id -> id.startsWith(SupportFacts.PREFIX)));
    }

    @Test
    void aCampaignsFactsReplaceItsBrandsOfTheSameId() {
        String text = BRAND + """
                campaign c {
                  title: "T"
                  brand: b
                  audience a { description: "A" }
                  positioning { for: a; category: "cat"; benefit: "ben" }
                  support {
                    handoff: "Ask at the till."
                    policy returns { text: "Returns within 60 days in the sale." }
                    faq sale { question: "When does the sale end?"; answer: "On 31 January." }
                  }
                  channel push { }
                }
                """;
        CheckResult r = check(text);
        assertEquals(List.of(), r.diagnostics());
        SupportFacts facts = SupportFacts.of(r.spec());
        assertEquals(List.of("support.contact", "support.hours", "support.policy.returns",
                "support.policy.late_delivery", "support.faq.caffeine", "support.faq.sale"), ids(facts));
        assertEquals("Returns within 60 days in the sale.", facts.facts().get(2).text());
        assertEquals(19, facts.facts().get(2).declared().startLine(), "cited where the campaign declares it");
        assertEquals("Ask at the till.", facts.handoff());
    }

    @Test
    void noSupportBlockMeansNoFactsAndNoHandoff() {
        SupportFacts none = SupportFacts.of(check("brand b { name: \"B\" }\n").spec());
        assertEquals(List.of(), none.facts());
        assertNull(none.handoff());
    }

    private static List<String> ids(SupportFacts facts) {
        return facts.facts().stream().map(SupportFact::id).toList();
    }

    private static CheckResult check(String text) {
        return Checker.checkText(Path.of("facts.campaign"), text);
    }
}
