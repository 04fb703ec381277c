package io.copydeck.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.copydeck.compiler.rules.AvoidedPhrase;
import io.copydeck.compiler.rules.Briefs;
import io.copydeck.compiler.rules.ComputedFacts;
import io.copydeck.compiler.rules.Finding;
import io.copydeck.compiler.rules.LegalFooter;
import io.copydeck.compiler.rules.LengthLimit;
import io.copydeck.compiler.rules.NothingSentAvoided;
import io.copydeck.compiler.rules.SmsLengthAsSent;
import io.copydeck.compiler.rules.SmsOptOut;
import io.copydeck.compiler.rules.Unsubscribe;
import io.copydeck.dsl.plan.Job;
import io.copydeck.templates.LayoutRenderer;
import io.copydeck.templates.LayoutRenderer.RenderedFile;
import io.copydeck.templates.TemplateEngine;
import io.copydeck.templates.TemplateFailure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The verifier, from final texts and rendered files alone: what it catches, and what each check says. */
class AssetVerifierTest {
    private static final AssetVerifier VERIFIER = new AssetVerifier(Briefs.RULES);
    private static final List<Job> SMS = Stages.firstOfKind(Stages.SPRING, "sms");

    private static List<ConstraintCheck> verify(List<Job> jobs, Map<String, String> fields) throws TemplateFailure {
        return verify(Stages.LAYOUTS, jobs, fields);
    }

    private static List<ConstraintCheck> verify(LayoutRenderer layouts, List<Job> jobs, Map<String, String> fields)
            throws TemplateFailure {
        return VERIFIER.verify(jobs, fields, layouts.render(jobs.get(0).brief(), fields));
    }

    private static ConstraintCheck only(List<ConstraintCheck> checks, String rule, String field) {
        List<ConstraintCheck> found = checks.stream()
                .filter(c -> c.rule().equals(rule) && java.util.Objects.equals(c.field(), field)).toList();
        assertEquals(1, found.size(), rule + "/" + field + " in " + checks);
        return found.get(0);
    }

    private static List<ConstraintCheck> emailOf(String spec, Map<String, String> fields) throws TemplateFailure {
        return verify(Stages.jobs(spec, id -> id.contains("email.welcome/commuters/cold_brew")), fields);
    }

    @Test
    void aGoodEmailPassesEveryCheckAndEachCheckNamesItsRuleAndField() throws Exception {
        List<ConstraintCheck> checks = emailOf(Stages.SPRING, Stages.EMAIL);
        assertEquals(List.of(), Stages.failedChecks(checks));
        assertTrue(checks.stream().allMatch(ConstraintCheck::hard));
        assertEquals("subject ≤ 60 chars", only(checks, LengthLimit.ID, "subject").message());
        assertNull(only(checks, LegalFooter.ID, null).field());
        assertEquals(Stages.EMAIL.keySet(), checks.stream().map(ConstraintCheck::field)
                .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new)));
    }

    @Test
    void anAvoidedPhraseInALayoutsLineIsCaughtThoughNoFieldSaysIt() throws Exception {
        // The email layout's own line says "You receive this email because you subscribed to ...".
        String spec = Stages.edit(Stages.SPRING, "avoid: \"cheap\"", "avoid: \"cheap\", \"subscribed to\"");
        List<ConstraintCheck> checks = emailOf(spec, Stages.EMAIL);
        assertTrue(checks.stream().filter(c -> c.rule().equals(AvoidedPhrase.ID)).allMatch(ConstraintCheck::ok),
                "no field says it");
        ConstraintCheck sent = only(checks, NothingSentAvoided.ID, null);
        assertFalse(sent.ok());
        assertTrue(sent.message().contains("subscribed to"), sent.message());
        assertEquals(List.of(sent), Stages.failedChecks(checks));
    }

    @Test
    void anAvoidedPhraseIsCaughtInItsHtmlEscapedForm() throws Exception {
        // A landing page is HTML alone, and its layout escapes the apostrophe: the verifier must read the entity.
        String spec = Stages.edit(Stages.edit(Stages.SPRING, "avoid: \"cheap\"", "avoid: \"won't last\""),
                "channel sms {", "channel landing_page { products: cold_brew }\n  channel sms {");
        List<Job> jobs = Stages.firstOfKind(spec, "landing_page");
        Map<String, String> fields = Stages.ordered(
                "hero_title", "Cafe-quality coffee in 30 seconds",
                "hero_subtitle", "Spring offers like this won't last.",
                "benefits", "Ready before your train leaves.",
                "faq", "How long does it keep? A week in the fridge.");
        List<RenderedFile> files = Stages.LAYOUTS.render(jobs.get(0).brief(), fields);
        assertEquals(List.of("html"), files.stream().map(RenderedFile::extension).toList());
        assertTrue(files.get(0).content().contains("won&#39;t last"), "the phrase is sent escaped");
        assertFalse(files.get(0).content().contains("won't last"), "and only escaped");
        List<ConstraintCheck> checks = VERIFIER.verify(jobs, fields, files);
        assertFalse(only(checks, NothingSentAvoided.ID, null).ok(), String.valueOf(checks));
        assertFalse(only(checks, AvoidedPhrase.ID, "hero_subtitle").ok());
    }

    @Test
    void aLayoutThatDropsALineOfTheLegalFooterOrTheUnsubscribeLineIsCaught(@TempDir Path dir) throws Exception {
        // A team's own email layouts that print only the first legal line and no unsubscribe line.
        Path layouts = Files.createDirectories(dir.resolve("templates/layouts"));
        Files.writeString(layouts.resolve("email.html.ftlh"), "<h1>${fields.subject}</h1><p>${fields.body}</p>"
                + "<a href=\"#\">${fields.cta}</a><p>${brand.legal_lines[0]}</p>\n");
        Files.writeString(layouts.resolve("email.txt.ftl"), "${fields.subject}\n\n${fields.body}\n\n${brand.legal_lines[0]}\n");
        try (TemplateEngine engine = new TemplateEngine(dir)) {
            LayoutRenderer own = new LayoutRenderer(engine);
            List<ConstraintCheck> checks = verify(own,
                    Stages.jobs(Stages.SPRING, id -> id.contains("email.welcome/commuters/cold_brew")), Stages.EMAIL);

            ConstraintCheck legal = only(checks, LegalFooter.ID, null);
            assertFalse(legal.ok());
            assertEquals(1, legal.findings().size(), "only the second line is missing: " + legal.findings());
            assertEquals("carries the legal footer: the legal line \"1 Bean Street, Portland, OR 97201\" is not in what is sent",
                    legal.message());

            ConstraintCheck unsubscribe = only(checks, Unsubscribe.ID, null);
            assertFalse(unsubscribe.ok());
            assertEquals("carries an unsubscribe line: no \"Unsubscribe\" in what is sent", unsubscribe.message());
            assertEquals(List.of(LegalFooter.ID, Unsubscribe.ID), Stages.failedChecks(checks).stream()
                    .map(ConstraintCheck::rule).toList());
        }
    }

    @Test
    void anSmsThatFitsAsWrittenButNotAsSentIsCaught() throws Exception {
        String text = "Aurora Cold Brew is back for spring: cafe-quality coffee in 30 seconds, ready before your "
                + "train leaves. Use SPRING20 at checkout and enjoy it.";
        assertTrue(text.length() <= 160 && text.length() + " Reply STOP to opt out.".length() > 160, "" + text.length());
        List<ConstraintCheck> checks = verify(SMS, Map.of("text", text));
        assertTrue(only(checks, LengthLimit.ID, "text").ok(), "the field itself fits");
        assertTrue(only(checks, SmsOptOut.ID, null).ok(), "the layout added the opt-out");
        ConstraintCheck asSent = only(checks, SmsLengthAsSent.ID, null);
        assertFalse(asSent.ok());
        int sentChars = text.length() + " Reply STOP to opt out.".length();
        assertTrue(asSent.message().contains(sentChars + " chars, more than 160"), asSent.message());
        assertEquals(List.of(asSent), Stages.failedChecks(checks));

        // The same check holds for a message that fits as sent.
        assertTrue(only(verify(SMS, Map.of("text", "Aurora Cold Brew is back. Use SPRING20.")), SmsLengthAsSent.ID, null).ok());
    }

    @Test
    void aPriceTheBriefDoesNotStateIsCaughtInItsFieldWithItsSpan() throws Exception {
        String text = "Aurora Cold Brew now $9.99 with SPRING20.";
        List<ConstraintCheck> checks = verify(SMS, Map.of("text", text));
        ConstraintCheck facts = only(checks, ComputedFacts.ID, "text");
        assertFalse(facts.ok());
        assertEquals(1, facts.findings().size());
        Finding f = facts.findings().get(0);
        assertEquals("$9.99", text.substring(f.start(), f.end()));
        assertTrue(facts.message().contains("\"$9.99\""), facts.message());
        assertEquals(List.of(facts), Stages.failedChecks(checks));
        assertEquals(ComputedFacts.ID, facts.toMap().get("rule"));
        assertEquals("text", facts.toMap().get("field"));

        // The sale price the brief computes ($3.49 less 20%) is backed.
        assertTrue(only(verify(SMS, Map.of("text", "Aurora Cold Brew now $2.79 with SPRING20.")), ComputedFacts.ID, "text").ok());
    }
}
