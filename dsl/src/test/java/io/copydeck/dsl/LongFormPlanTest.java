package io.copydeck.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.copydeck.dsl.brief.Formula;
import io.copydeck.dsl.brief.Section;
import io.copydeck.dsl.check.CheckResult;
import io.copydeck.dsl.check.Checker;
import io.copydeck.dsl.plan.Job;
import io.copydeck.dsl.plan.Plan;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Long fields planned as parts (sections, blocks), the formula's order, and the FAQ planned from facts. */
class LongFormPlanTest {
    private static final String SPEC = """
            brand b { name: "Ledgerline"; legal: "Ledgerline Ltd" }
            audience owners {
              description: "Owners of small firms"
              pains: "chasing late invoices", "evenings lost to bookkeeping"
              motivations: "getting paid on time"
            }
            product app {
              name: "Ledgerline Invoices"
              price: 12.00 USD
              features: "automatic reminders", "bank sync"
              benefits: "paid in days, not weeks", "books that balance themselves"
            }
            campaign c {
              title: "T"
              brand: b
              objective: conversion
              positioning { for: owners; category: "invoicing app"; benefit: "paid faster"; proof: "used by 4,000 firms" }
              channel blog_post { cta: "Start a free trial" }
              channel blog_post aida_post { formula: aida }
              channel landing_page { cta: "Start a free trial" }
            }
            """;

    private static Plan plan(String text) {
        CheckResult r = Checker.checkText(Path.of("t.campaign"), text);
        assertFalse(r.hasErrors(), r.diagnostics().toString());
        return io.copydeck.dsl.plan.Interpreter.plan(r.spec());
    }

    private static List<String> fields(Plan plan, String channel) {
        return plan.jobs().stream().filter(j -> j.id().channel().toString().equals(channel)).map(j -> j.id().field()).toList();
    }

    @Test
    void aPostsBodyIsItsSectionsInTheFormulasOrderThenItsClose() {
        Plan plan = plan(SPEC);
        // conversion → PAS: the pain first.
        assertEquals(List.of("title", "intro", "body.pains", "body.benefits", "body.features", "body.proof", "body.close"),
                fields(plan, "blog_post"));
        assertEquals(List.of("title", "intro", "body.benefits", "body.features", "body.proof", "body.close"),
                fields(plan, "blog_post.aida_post"), "a channel's own formula wins over the objective's");
        Job section = plan.jobs().stream().filter(j -> j.id().field().equals("body.pains")).findFirst().orElseThrow();
        assertTrue(section.field().isPart());
        assertEquals("body", section.field().name(), "a part is of its field: rules and layouts read the field");
        assertEquals(60, section.field().minWords(), "four sections share the sections' 240 words");
        Job aidaSection = plan.jobs().stream().filter(j -> j.id().channel().toString().equals("blog_post.aida_post")
                && j.id().field().equals("body.benefits")).findFirst().orElseThrow();
        assertEquals(80, aidaSection.field().minWords(), "three sections share them too");
        assertTrue(section.field().part().heading(), "a section has its subhead");
        assertEquals(200, section.field().whole().minWords(), "the assembled body is checked as a whole");
    }

    @Test
    void aThinBriefStillGetsThreeSections() {
        String thin = SPEC.replace("pains: \"chasing late invoices\", \"evenings lost to bookkeeping\"", "")
                .replace("features: \"automatic reminders\", \"bank sync\"", "")
                .replace("; proof: \"used by 4,000 firms\"", "");
        List<String> body = fields(plan(thin), "blog_post").stream().filter(f -> f.startsWith("body.")).toList();
        assertEquals(List.of("body.benefits", "body.start", "body.features", "body.close"), body);
    }

    @Test
    void sectionsAreThoseTheBriefHasFactsFor() {
        var brief = plan(SPEC).jobs().get(0).brief();
        assertEquals(List.of(Section.PAINS, Section.BENEFITS, Section.FEATURES, Section.PROOF), Section.plan(Formula.PAS, brief));
        assertEquals(List.of(Section.FEATURES, Section.BENEFITS, Section.PROOF), Section.plan(Formula.FAB, brief));
        assertEquals(Formula.PAS, Formula.forObjective("conversion"));
        assertEquals(Formula.BAB, Formula.forObjective("retention"));
        assertEquals(Formula.AIDA, Formula.forObjective(null));
    }

    @Test
    void aLandingPageHasThreeOrFourBenefitBlocksEachAboutOneFact() {
        List<String> fields = fields(plan(SPEC), "landing_page");
        assertEquals(List.of("hero_title", "hero_subtitle", "benefits.benefit.0", "benefits.benefit.1",
                "benefits.feature.0", "benefits.feature.1", "faq"), fields);
    }

    @Test
    void theFaqIsPlannedFromDeclaredFactsOnlyAndEveryQuestionHasItsAnswer() {
        Job faq = plan(SPEC).jobs().stream().filter(j -> j.id().field().equals("faq")).findFirst().orElseThrow();
        assertTrue(faq.field().isDeclared(), "nothing to generate");
        String text = faq.field().declared();
        assertTrue(text.contains("Q: What is Ledgerline Invoices?\nA: Ledgerline Invoices is Ledgerline's invoicing app."), text);
        assertTrue(text.contains("Q: What does it cost?\nA: Price: $12.00."), text);
        assertTrue(text.contains("Q: Why trust it?\nA: Used by 4,000 firms."), text);
        assertTrue(text.contains("Q: How do I start?\nA: Start a free trial"), text);
        assertFalse(text.contains("When does the offer end?"), "no promo, no question about one: " + text);
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i += 2) {
            assertTrue(lines.get(i).startsWith("Q: "), text);
            assertTrue(lines.get(i + 1).startsWith("A: ") && lines.get(i + 1).length() > 4, "answered: " + text);
        }
    }

    @Test
    void aBundlesFaqNamesItsItemsOnce() {
        String bundled = SPEC.replace("campaign c {", "product book { name: \"Ledger Book\"; price: 8.00 USD }\ncampaign c {")
                .replace("positioning {", "pricing { bundle kit { name: \"Starter Kit\"; items: app, book; price: 15.00 USD } }\n  positioning {")
                .replace("channel landing_page { cta: \"Start a free trial\" }",
                        "channel landing_page { cta: \"Start a free trial\"; products: kit }");
        Job faq = plan(bundled).jobs().stream().filter(j -> j.id().field().equals("faq")).findFirst().orElseThrow();
        String text = faq.field().declared();
        assertTrue(text.contains("Q: What's in the set?\nA: 1 × Ledgerline Invoices and 1 × Ledger Book."), text);
        assertFalse(text.contains("What do I get?"), "the items are no features to list again: " + text);
    }

    @Test
    void theFaqKeepsWithinItsLimitByAskingFewerQuestions() {
        String limited = SPEC.replace("channel landing_page { cta: \"Start a free trial\" }",
                "channel landing_page { cta: \"Start a free trial\"; limits { faq: 30 words } }");
        Job faq = plan(limited).jobs().stream().filter(j -> j.id().field().equals("faq")).findFirst().orElseThrow();
        String text = faq.field().declared();
        assertTrue(io.copydeck.dsl.text.TextMeasure.words(text) <= 30, text);
        assertTrue(text.startsWith("Q: What is Ledgerline Invoices?"), "the first questions stay: " + text);
    }

    @Test
    void anEmailBodyIsThreeParagraphsWhoseFewestWordsAddUpToTheBodys() {
        String email = SPEC.replace("channel landing_page { cta: \"Start a free trial\" }",
                "channel email { cta: \"Start a free trial\" }\n  channel email short { limits { body: 80 words } }");
        Plan plan = plan(email);
        assertEquals(List.of("subject", "preheader", "body.opening", "body.details", "body.close", "cta"), fields(plan, "email"));
        for (String channel : List.of("email", "email.short")) {
            List<Job> paragraphs = plan.jobs().stream()
                    .filter(j -> j.id().channel().toString().equals(channel) && j.id().field().startsWith("body.")).toList();
            int whole = paragraphs.get(0).field().whole().minWords();
            assertEquals(whole, paragraphs.stream().mapToInt(j -> j.field().minWords()).sum(),
                    channel + ": the paragraphs' fewest words make the body's");
            assertTrue(paragraphs.stream().noneMatch(j -> j.field().part().heading()), "an email paragraph has no subhead");
        }
        Job opening = plan.jobs().stream().filter(j -> j.id().channel().toString().equals("email") && j.id().field().equals("body.opening"))
                .findFirst().orElseThrow();
        assertEquals(60, opening.field().whole().minWords());
        assertEquals(27, opening.field().minWords());
        assertEquals("[67 words]", opening.field().limits().toString(), "45% of the body's 150 words");
    }

    @Test
    void otherFieldsAreWhole() {
        Job title = plan(SPEC).jobs().stream().filter(j -> j.id().field().equals("title")).findFirst().orElseThrow();
        assertNull(title.field().part());
        assertEquals(title.field(), title.field().whole());
    }
}
