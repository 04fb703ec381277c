package io.copydeck.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.copydeck.dsl.check.CheckResult;
import io.copydeck.dsl.check.Checker;
import io.copydeck.dsl.diag.Code;
import io.copydeck.dsl.diag.Diagnostic;
import io.copydeck.dsl.plan.Interpreter;
import io.copydeck.dsl.plan.Job;
import io.copydeck.dsl.plan.Plan;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** `channel faq`: a page planned from the support block's faqs and policies and the product's facts. */
class FaqPagePlanTest {
    private static final String SPEC = """
            brand b {
              name: "Ledgerline"
              legal: "Ledgerline Ltd"
              support {
                contact: "help@ledgerline.example"
                hours: "Mon-Fri 9-17"
                handoff: "A person will reply within a day."
                policy late_payment { text: "Reminders stop the day an invoice is paid." }
                faq export { question: "Can I export my invoices?", answer: "Yes, as CSV or PDF,\\n  at any time." }
                faq payroll { question: "Does Ledgerline Payroll file taxes?", answer: "Yes, monthly." }
              }
            }
            audience owners { description: "Owners of small firms" }
            product app {
              name: "Ledgerline Invoices"
              price: 12.00 USD
              benefits: "paid in days, not weeks"
            }
            product payroll {
              name: "Ledgerline Payroll"
              price: 20.00 USD
            }
            campaign c {
              title: "T"
              brand: b
              LOCALE
              positioning { for: owners; category: "invoicing app"; benefit: "paid faster" }
              channel faq { products: app, payroll }
              channel landing_page { products: app; cta: "Start now" }
            }
            """;

    @Test
    void aPageAsksTheDeclaredQuestionsAndAnswersThemVerbatim() {
        String page = questions(plan(SPEC.replace("LOCALE", "")), "app");
        assertTrue(page.startsWith("Q: What is Ledgerline Invoices?\nA: Ledgerline Invoices is Ledgerline's invoicing app."),
                page);
        assertTrue(page.contains("Q: What does it cost?\nA: Price: $12.00."), page);
        // A support faq as written, on one line even where the spec breaks its string.
        assertTrue(page.contains("Q: Can I export my invoices?\nA: Yes, as CSV or PDF, at any time."), page);
        assertTrue(page.contains("Q: What is your late payment policy?\nA: Reminders stop the day an invoice is paid."),
                page);
        assertTrue(page.endsWith("Q: How can I reach you?\nA: Contact us at help@ledgerline.example (Mon-Fri 9-17)."),
                page);
        assertFalse(page.contains("How do I start"), "no button to point at on an FAQ page: " + page);
        // Support faqs before policies, policies before the contact.
        assertTrue(page.indexOf("export") < page.indexOf("late payment") && page.indexOf("late payment") < page.indexOf("reach"),
                page);
    }

    @Test
    void aSupportFaqAboutAnotherProductIsLeftOffThisProductsPage() {
        Plan plan = plan(SPEC.replace("LOCALE", ""));
        assertFalse(questions(plan, "app").contains("Payroll file taxes"), questions(plan, "app"));
        assertTrue(questions(plan, "payroll").contains("Q: Does Ledgerline Payroll file taxes?\nA: Yes, monthly."),
                questions(plan, "payroll"));
        assertTrue(questions(plan, "payroll").contains("Can I export my invoices?"), "an faq naming no product is on every page");
    }

    @Test
    void theTitleAndQuestionsArePlannedNotGenerated() {
        Plan plan = plan(SPEC.replace("LOCALE", ""));
        List<Job> page = plan.jobs().stream().filter(j -> j.kind().equals("faq") && j.offering().equals("app")).toList();
        assertEquals(List.of("title", "questions"), page.stream().map(j -> j.field().name()).toList());
        assertTrue(page.stream().allMatch(j -> j.field().isDeclared()));
        assertEquals("Ledgerline Invoices: questions and answers", page.get(0).field().declared());
    }

    @Test
    void aGermanCampaignGetsGermanFixedLinesAndTheDeclaredTextsAsWritten() {
        String page = questions(plan(SPEC.replace("LOCALE", "locale: \"de-DE\"")), "app");
        assertTrue(page.startsWith("Q: Was ist Ledgerline Invoices?"), page);
        assertTrue(page.contains("Q: Was gilt für Late Payment?\nA: Reminders stop the day an invoice is paid."), page);
        assertTrue(page.contains("Q: Wie erreiche ich Sie?\nA: Sie erreichen uns unter help@ledgerline.example (Mon-Fri 9-17)."),
                page);
        assertTrue(page.contains("Q: Can I export my invoices?"), "declared questions stay as written: " + page);
        assertFalse(page.contains("What is your"), page);
        String title = plan(SPEC.replace("LOCALE", "locale: \"de-DE\"")).jobs().stream()
                .filter(j -> j.kind().equals("faq") && j.field().name().equals("title")).findFirst().orElseThrow()
                .field().declared();
        assertEquals("Ledgerline Invoices: Fragen und Antworten", title);
    }

    @Test
    void aLimitDropsQuestionsFromTheEnd() {
        String whole = questions(plan(SPEC.replace("LOCALE", "")), "app");
        String limited = questions(plan(SPEC.replace("LOCALE", "")
                .replace("channel faq { products: app, payroll }",
                        "channel faq { products: app, payroll; limits { questions: 40 words } }")), "app");
        assertTrue(whole.startsWith(limited) && limited.length() < whole.length(), limited);
        assertTrue(limited.split("\\s+").length <= 40, limited);
        assertTrue(limited.endsWith("."), "whole entries only: " + limited);
    }

    @Test
    void theLandingPagesFaqIsUnchangedByTheFaqPage() {
        String faq = plan(SPEC.replace("LOCALE", "")).jobs().stream()
                .filter(j -> j.kind().equals("landing_page") && j.field().name().equals("faq")).findFirst()
                .orElseThrow().field().declared();
        assertTrue(faq.endsWith("Q: How do I start?\nA: Start now: the button is at the top of this page."), faq);
        assertFalse(faq.contains("export"), "support facts never reach the landing page: " + faq);
    }

    @Test
    void anFaqChannelWithoutSupportFaqsOrPoliciesIsWarnedAboutWithWhatToDeclare() {
        String bare = SPEC.replace("LOCALE", "").replaceAll("(?s)  support \\{.*?\\n  }\\n", "");
        assertFalse(bare.contains("support"), bare);
        List<Diagnostic> w = check(bare).diagnostics().stream().filter(d -> d.code() == Code.W406).toList();
        assertEquals(1, w.size(), check(bare).diagnostics().toString());
        assertTrue(w.get(0).message().contains("support { faq NAME"), w.get(0).message());
        assertEquals(List.of(bare.split("\n")).indexOf("  channel faq { products: app, payroll }") + 1,
                w.get(0).range().startLine(), "at the channel's header");
        assertTrue(check(SPEC.replace("LOCALE", "")).diagnostics().stream().noneMatch(d -> d.code() == Code.W406));
        // The page still builds from the product's facts.
        assertTrue(questions(plan(bare), "app").contains("What does it cost?"));
    }

    @Test
    void variantsOfAnFaqPageAreWarnedAboutAndTheFixRemovesThem() {
        String spec = SPEC.replace("LOCALE", "").replace("channel faq { products: app, payroll }",
                "channel faq { products: app, payroll; variants: 3 }");
        Diagnostic w = check(spec).diagnostics().stream().filter(d -> d.code() == Code.W407).findFirst().orElseThrow();
        assertTrue(w.message().contains("3 variants"), w.message());
        var edit = w.fix().orElseThrow().edits().get(0);
        String fixed = spec.substring(0, edit.range().startOffset()) + edit.newText() + spec.substring(edit.range().endOffset());
        assertTrue(check(fixed).diagnostics().stream().noneMatch(d -> d.code() == Code.W407), fixed);
    }

    private static String questions(Plan plan, String offering) {
        return plan.jobs().stream().filter(j -> j.kind().equals("faq") && j.offering().equals(offering)
                && j.field().name().equals("questions")).findFirst().orElseThrow().field().declared();
    }

    private static CheckResult check(String text) {
        return Checker.checkText(Path.of("faq.campaign"), text);
    }

    private static Plan plan(String text) {
        CheckResult r = check(text);
        assertFalse(r.hasErrors(), r.diagnostics().toString());
        return Interpreter.plan(r.spec());
    }
}
