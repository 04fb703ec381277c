package io.copydeck.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.copydeck.dsl.check.CheckResult;
import io.copydeck.dsl.check.Checker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An FAQ page (`channel faq`) through the whole pipeline: planned, never generated, assembled by its
 * layouts, verified by the same rules as every asset, written as JSON, HTML and Markdown, and shown
 * in the copy deck. The model is scripted to fail the test if anything asks it.
 */
class FaqPageBuildTest {
    private static final String SPEC = """
            brand b {
              name: "Ledgerline"
              legal: "Ledgerline Ltd, 1 Road, Town"
              avoid: "cheap"
              support {
                contact: "help@ledgerline.example"
                handoff: "A person will reply within a day."
                policy refunds { text: "Refunds within 30 days, no questions asked." }
                faq export { question: "Can I export my invoices?", answer: "Yes, as CSV or PDF." }
              }
            }
            audience owners { description: "Owners of small firms" }
            product app { name: "Ledgerline Invoices"; price: 12.00 USD; benefits: "paid in days" }
            campaign c {
              title: "T"
              brand: b
              positioning { for: owners; category: "invoicing app"; benefit: "paid faster" }
              channel faq { LIMITS }
            }
            """;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anFaqPageIsBuiltFromDeclaredFactsAloneAndWrittenAsJsonHtmlMarkdownAndInTheDeck(@TempDir Path dir)
            throws Exception {
        ScriptedModel model = new ScriptedModel(r -> {
            throw new AssertionError("an FAQ page asks the model nothing: " + r.prompt());
        });
        BuildPipeline.Result r = build(dir, SPEC.replace("LIMITS", ""), model);
        assertEquals(0, model.requests.size());
        Asset page = r.assets().get(0);
        assertEquals(AssetStatus.GENERATED, page.status(), page.error() + " " + page.checks());
        assertEquals(List.of("html", "md"), page.files().stream().map(f -> f.extension()).toList());
        List<String> rules = page.checks().stream().map(ConstraintCheck::rule).distinct().toList();
        assertTrue(rules.containsAll(List.of("not-empty", "avoided-phrase", "nothing-sent-avoided", "legal-footer")), rules.toString());
        assertTrue(page.checks().stream().allMatch(ConstraintCheck::ok), page.checks().toString());

        Path out = dir.resolve("out");
        JsonNode json = JSON.readTree(out.resolve("assets/c__faq__owners__app__v1.json").toFile());
        assertEquals("faq", json.path("kind").asText());
        assertEquals("Ledgerline Invoices: questions and answers", json.path("fields").path("title").asText());
        assertTrue(json.path("fields").path("questions").asText()
                .contains("Q: Can I export my invoices?\nA: Yes, as CSV or PDF."), json.toString());
        assertEquals("c__faq__owners__app__v1.md", json.path("files").path("md").asText());
        String md = Files.readString(out.resolve("assets/c__faq__owners__app__v1.md"));
        assertTrue(md.contains("## What is your refunds policy?\n\nRefunds within 30 days, no questions asked."), md);
        String html = Files.readString(out.resolve("assets/c__faq__owners__app__v1.html"));
        assertTrue(html.contains(">Can I export my invoices?</h2>"), html);

        String deck = Files.readString(out.resolve("index.html"));
        assertTrue(deck.contains("data-kind=\"faq\""), deck);
        assertTrue(deck.contains("<div class=\"faq\"><h3>Ledgerline Invoices: questions and answers</h3>"), deck);
        assertTrue(deck.contains("<div class=\"q\">Can I export my invoices?</div>\n<div class=\"a\">Yes, as CSV or PDF.</div>"),
                deck);
    }

    @Test
    void aDeclaredAnswerThatBreaksABrandRuleFailsThePageWithTheRuleNamed(@TempDir Path dir) throws Exception {
        String cheap = SPEC.replace("LIMITS", "").replace("Yes, as CSV or PDF.", "Yes, and it is cheap.");
        Asset page = build(dir, cheap, new ScriptedModel(r -> "")).assets().get(0);
        assertEquals(AssetStatus.FAILED, page.status());
        assertTrue(page.error().contains("cheap"), page.error());
    }

    @Test
    void aWordsLimitKeepsTheQuestionsThatFitAndAPassingPage(@TempDir Path dir) throws Exception {
        Asset page = build(dir, SPEC.replace("LIMITS", "limits { questions: 30 words }"), new ScriptedModel(r -> ""))
                .assets().get(0);
        assertEquals(AssetStatus.GENERATED, page.status(), page.error());
        String questions = page.fields().get("questions");
        assertTrue(questions.split("\\s+").length <= 30, questions);
        assertFalse(questions.contains("reach you"), "the last questions went: " + questions);
        assertTrue(page.checks().stream().anyMatch(c -> c.rule().equals("length") && c.ok()), page.checks().toString());
    }

    private static BuildPipeline.Result build(Path dir, String spec, ScriptedModel model) throws Exception {
        Path file = dir.resolve("faq.campaign");
        Files.writeString(file, spec);
        CheckResult checked = Checker.check(file);
        assertFalse(checked.hasErrors(), checked.diagnostics().toString());
        return new BuildPipeline(model, BuildProgress.SILENT).build(checked, file,
                new BuildPipeline.Options(dir.resolve("out"), dir.resolve("cache"), 2, 1, 4));
    }
}
