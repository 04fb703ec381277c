package io.copydeck.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.copydeck.dsl.check.CheckResult;
import io.copydeck.dsl.check.Checker;
import io.copydeck.dsl.diag.Code;
import io.copydeck.dsl.diag.Diagnostic;
import io.copydeck.dsl.diag.TextEdit;
import io.copydeck.dsl.format.Formatter;
import io.copydeck.dsl.format.SyntaxDump;
import io.copydeck.dsl.model.Brand;
import io.copydeck.dsl.model.Support;
import io.copydeck.dsl.model.SupportFaq;
import io.copydeck.dsl.model.SupportPolicy;
import io.copydeck.dsl.plan.Interpreter;
import io.copydeck.dsl.source.SourceFile;
import io.copydeck.dsl.syntax.Syntax;
import io.copydeck.dsl.syntax.SyntaxParser;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The `support { }` block: its checks, its fix, its layout and its model, brand and campaign merged. */
class SupportBlockTest {
    static final String SPEC = """
            brand b {
              name: "B"
              legal: "B Ltd, 1 Road, Town"
              support {
                contact: "help@b.example"
                hours: "Mon-Fri 9-5"
                handoff: "A person will reply within a day."
                policy returns { text: "Returns within 30 days." }
                policy shipping { text: "Ships in 2 days." }
                faq caffeine { question: "Is it caffeine-free?", answer: "No." }
              }
            }
            campaign c {
              title: "T"
              brand: b
              audience a { description: "A" }
              positioning { for: a; category: "cat"; benefit: "ben" }
              channel sms { must_include: "Reply STOP to opt out" }
            }
            """;

    @Test
    void aCompleteSupportBlockIsClean() {
        assertEquals(List.of(), check(SPEC).diagnostics());
    }

    @Test
    void unknownPropertiesGetADidYouMeanInEachSupportBlock() {
        assertDidYouMean(SPEC.replace("hours:", "hoursx:"), "hoursx", "hours");
        assertDidYouMean(SPEC.replace("{ text: \"Returns", "{ txt: \"Returns"), "txt", "text");
        assertDidYouMean(SPEC.replace("question:", "questoin:"), "questoin", "question");
        assertDidYouMean(SPEC.replace("answer:", "anwser:"), "anwser", "answer");
        // A misspelt block kind inside support is an unknown block with its own suggestion.
        Diagnostic d = only(check(SPEC.replace("policy shipping", "polcy shipping")), Code.E101);
        assertTrue(d.message().contains("did you mean `policy`?"), d.message());
    }

    @Test
    void twoPoliciesOrFaqsOfOneNameAreAnError() {
        String text = SPEC.replace("policy shipping", "policy returns");
        Diagnostic d = only(check(text), Code.E107);
        assertEquals(9, d.range().startLine());
        assertTrue(d.message().contains("policy `returns` is declared twice") && d.message().contains("line 8"),
                d.message());
        String faqs = SPEC.replace("faq caffeine { question: \"Is it caffeine-free?\", answer: \"No.\" }",
                "faq x { question: \"Q\"; answer: \"A\" }\n    faq x { question: \"Q2\"; answer: \"A2\" }");
        assertEquals(11, only(check(faqs), Code.E107).range().startLine());
        // A policy and a faq may share a name: they are cited as support.policy.x and support.faq.x.
        assertEquals(List.of(), check(SPEC.replace("faq caffeine", "faq returns")).diagnostics());
    }

    @Test
    void missingTextQuestionOrAnswerIsAnErrorWithAFix() {
        for (String[] r : List.of(new String[] {"{ text: \"Returns within 30 days.\" }", "{ }", "text"},
                new String[] {"question: \"Is it caffeine-free?\", ", "", "question"},
                new String[] {", answer: \"No.\"", "", "answer"})) {
            String text = SPEC.replace(r[0], r[1]);
            Diagnostic d = only(check(text), Code.E105);
            assertTrue(d.message().contains("needs `" + r[2] + "`"), d.message());
            String fixed = apply(text, d);
            assertEquals(List.of(), check(fixed).diagnostics(), fixed);
        }
        assertTrue(check(SPEC.replace("policy returns {", "policy {")).diagnostics().stream()
                .anyMatch(d -> d.code() == Code.E111), "a policy needs a name");
    }

    @Test
    void supportBelongsToBrandsAndCampaignsOnly() {
        String text = SPEC + "product p { name: \"P\"; price: 1.00 USD; support { contact: \"x\" } }\n";
        Diagnostic d = only(check(text), Code.E110);
        assertEquals(20, d.range().startLine());
        assertTrue(d.message().contains("does not belong in a `product` block")
                && d.message().contains("inside `brand { }` or inside `campaign { }`"), d.message());
        assertTrue(only(check(SPEC.replace("    handoff:", "    support { }\n    handoff:")), Code.E110).message()
                .contains("does not belong in a `support` block"), "no support in support");
        String two = SPEC.replace("  legal:", "  support { handoff: \"x\" }\n  legal:");
        assertTrue(only(check(two), Code.E110).message().contains("at most one `support` block"));
    }

    @Test
    void aSupportBlockWithoutHandoffWarnsAndItsFixMakesTheSpecClean() {
        String text = SPEC.replace("    handoff: \"A person will reply within a day.\"\n", "");
        Diagnostic d = only(check(text), Code.W405);
        assertEquals(4, d.range().startLine());
        assertTrue(d.message().contains("brand `b` has no `handoff`"), d.message());
        String fixed = apply(text, d);
        assertTrue(fixed.contains("    handoff: \"I can't answer that from what I know, so I'll pass it to our team; you "
                + "can also reach them at help@b.example (Mon-Fri 9-5).\"\n  }"), fixed);
        assertEquals(List.of(), check(fixed).diagnostics(), fixed);
        // A one-line block gets the handoff inline, and it still checks clean.
        String inline = SPEC.replace(SPEC.substring(SPEC.indexOf("  support {"), SPEC.indexOf("}\ncampaign")),
                "  support { policy p { text: \"x\" } }\n");
        Diagnostic w = only(check(inline), Code.W405);
        assertEquals(List.of(), check(apply(inline, w)).diagnostics(), apply(inline, w));
    }

    @Test
    void aCampaignSupportBlockInheritsItsBrandsHandoff() {
        String own = SPEC.replace("  channel sms", "  support { policy returns { text: \"60 days in the sale.\" } }\n"
                + "  channel sms");
        assertEquals(List.of(), check(own).diagnostics(), "the brand's handoff covers the campaign's answers");
        String none = own.replace("    handoff: \"A person will reply within a day.\"\n", "");
        List<Diagnostic> w = check(none).diagnostics().stream().filter(d -> d.code() == Code.W405).toList();
        assertEquals(List.of(4, 17), w.stream().map(d -> d.range().startLine()).toList(), w.toString());
        assertTrue(w.get(1).message().contains("campaign `c`"), w.get(1).message());
    }

    @Test
    void theModelHoldsTheBrandsAndTheCampaignsSupport() {
        CheckResult r = check(SPEC.replace("  channel sms", "  support { handoff: \"Ask in store.\" }\n  channel sms"));
        Brand b = r.spec().brands().get(0);
        Support s = b.support();
        assertEquals("help@b.example", s.contact());
        assertEquals("Mon-Fri 9-5", s.hours());
        assertEquals("A person will reply within a day.", s.handoff());
        assertEquals(List.of("returns", "shipping"), s.policies().stream().map(SupportPolicy::id).toList());
        assertEquals("Returns within 30 days.", s.policies().get(0).text());
        assertEquals(new SupportFaq("caffeine", "Is it caffeine-free?", "No.", s.faqs().get(0).where()), s.faqs().get(0));
        assertEquals(8, s.policies().get(0).where().range().startLine());
        assertEquals("Ask in store.", r.spec().campaign().support().handoff());
        assertNull(check(SPEC.replace(SPEC.substring(SPEC.indexOf("  support {"),
                SPEC.indexOf("}\ncampaign")), "")).spec().brands().get(0).support(), "no block, no support");
        assertNull(r.spec().campaign().support().contact());
    }

    @Test
    void theCampaignsEntriesAddToAndReplaceTheBrandsByName() {
        String text = SPEC.replace("  channel sms", """
                  support {
                    hours: "Every day 8-8 during the sale"
                    policy returns { text: "Returns within 60 days during the sale." }
                    policy gifts { text: "Gift wrap is free." }
                    faq sale { question: "When does the sale end?"; answer: "On 31 January." }
                  }
                  channel sms""");
        CheckResult r = check(text);
        assertEquals(List.of(), r.diagnostics());
        Support merged = Support.merge(r.spec().brands().get(0).support(), r.spec().campaign().support());
        assertEquals("help@b.example", merged.contact(), "kept from the brand");
        assertEquals("Every day 8-8 during the sale", merged.hours(), "the campaign's replaces the brand's");
        assertEquals("A person will reply within a day.", merged.handoff());
        assertEquals(List.of("returns", "shipping", "gifts"), merged.policies().stream().map(SupportPolicy::id).toList(),
                "a replaced policy keeps its place; new ones follow");
        assertEquals("Returns within 60 days during the sale.", merged.policies().get(0).text());
        assertEquals(List.of("caffeine", "sale"), merged.faqs().stream().map(SupportFaq::id).toList());
        assertEquals(merged.policies(), Support.merge(null, merged).policies());
        assertNull(Support.merge(null, null));
    }

    @Test
    void supportFactsNeverReachTheCopysBriefsOrSeeds() {
        String without = SPEC.replace(SPEC.substring(SPEC.indexOf("  support {"), SPEC.indexOf("}\ncampaign")), "");
        String with = SPEC.replace("  channel sms", "  support { policy sale { text: \"Sale items are final.\" } }\n"
                + "  channel sms");
        assertEquals(Interpreter.plan(check(without).spec()).jobs(), Interpreter.plan(check(with).spec()).jobs());
    }

    @Test
    void theFormatterLaysSupportOutCanonicallyAndKeepsComments() {
        String messy = """
                brand b { name: "B"
                  support {   contact:"help@b.example" ; handoff: "A person replies."   // who answers
                policy returns {text:"Returns within 30 days."}
                    /* the long answer does not fit on one line */
                    faq caffeine { question: "Is Harbour Chai caffeine-free, and how much caffeine is in it?"; answer: "No. About half a coffee's." }
                  policy empty { }
                  }
                }
                """;
        String expected = """
                brand b {
                  name: "B"
                  support {
                    contact: "help@b.example"
                    handoff: "A person replies." // who answers
                    policy returns { text: "Returns within 30 days." }
                    /* the long answer does not fit on one line */
                    faq caffeine {
                      question: "Is Harbour Chai caffeine-free, and how much caffeine is in it?"
                      answer: "No. About half a coffee's."
                    }
                    policy empty { }
                  }
                }
                """;
        Syntax.File original = SyntaxParser.parse(new SourceFile(Path.of("m.campaign"), messy));
        String once = Formatter.format(original);
        assertEquals(expected, once);
        Syntax.File formatted = SyntaxParser.parse(new SourceFile(Path.of("m.campaign"), once));
        assertEquals(once, Formatter.format(formatted), "format(format(x)) == format(x)");
        assertEquals(SyntaxDump.dump(original), SyntaxDump.dump(formatted), "same syntax, same comments");
        String brand = SPEC.substring(0, SPEC.indexOf("}\ncampaign") + 2);
        assertEquals(brand, Formatter.format(SyntaxParser.parse(new SourceFile(Path.of("s.campaign"), brand))),
                "the support block as written in SPEC is canonical");
    }

    // ---- helpers -------------------------------------------------------------------------

    private static void assertDidYouMean(String text, String wrong, String right) {
        Diagnostic d = only(check(text), Code.E102);
        assertTrue(d.message().contains("unknown property `" + wrong + "`") && d.message().contains("did you mean `"
                + right + "`?"), d.message());
        assertEquals(right, d.fix().orElseThrow().edits().get(0).newText());
        assertEquals(List.of(), check(apply(text, d)).diagnostics());
    }

    /** The one diagnostic of {@code code}; fails when there is none or more than one. */
    static Diagnostic only(CheckResult r, Code code) {
        List<Diagnostic> ds = r.diagnostics().stream().filter(d -> d.code() == code).toList();
        assertEquals(1, ds.size(), () -> "one " + code + " in " + r.diagnostics());
        return ds.get(0);
    }

    /** The text with the diagnostic's fix applied, edits from the end so earlier offsets hold. */
    static String apply(String text, Diagnostic d) {
        StringBuilder out = new StringBuilder(text);
        d.fix().orElseThrow().edits().stream()
                .sorted(Comparator.comparingInt((TextEdit e) -> e.range().startOffset()).reversed())
                .forEach(e -> out.replace(e.range().startOffset(), e.range().endOffset(), e.newText()));
        return out.toString();
    }

    static CheckResult check(String text) {
        return Checker.checkText(Path.of("support.campaign"), text);
    }
}
