package io.copydeck.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.copydeck.dsl.check.CheckResult;
import io.copydeck.dsl.check.Checker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Long fields built from their parts (dsl/plan/LongForm), the planned FAQ, and variants that do not
 * share a sentence, with a scripted model: what the pipeline does with the parts, not how well a
 * model writes them.
 */
class LongFormBuildTest {
    private static final String SPEC = """
            brand b { name: "Ledgerline"; legal: "Ledgerline Ltd, 1 Road, Town" }
            audience owners {
              description: "Owners of small firms"
              pains: "late invoices"
            }
            product app {
              name: "Ledgerline Invoices"
              price: 12.00 USD
              features: "automatic reminders"
              benefits: "paid in days"
            }
            campaign c {
              title: "T"
              brand: b
              objective: conversion
              positioning { for: owners; category: "invoicing app"; benefit: "paid faster"; proof: "used by 4,000 firms" }
              channel blog_post { cta: "Start a free trial" }
              channel landing_page { cta: "Start a free trial" }
              channel twitter { variants: 2 }
            }
            """;

    /** Ordinary sentences (the corpus's neutral ones), each said once in the whole post. */
    private static final List<String> NEUTRAL = List.of(
            "Most of us put up with it because there was no better option.",
            "It takes time, it takes energy, and it gets in the way of what matters.",
            "It starts small, and then it is there every day.", "None of it has to be that way.",
            "Ask around and you will hear the same story.", "You should not have to work around it.",
            "It adds up over a week, a month, a year.", "We have all been there.",
            "It is easy to think this is just how things are.", "The good news is that it can change.",
            "Nobody plans for it, and yet it keeps coming back.",
            "It sounds simple, and it is.", "Small changes like this add up.",
            "It fits into your day instead of taking it over.", "There is nothing new to learn.",
            "That is the whole point.", "You will notice the difference from the first day.",
            "It works the way you already do.", "The best part is how little you have to change.",
            "It is the kind of thing you wonder how you managed without.",
            "Everything you need, nothing you don't.", "It makes the everyday part easy.",
            "Every part is there for a reason.", "Nothing is there just for show.",
            "Getting started takes a few minutes.", "You do not need anything else to begin.",
            "Each detail was chosen with care.", "That is all it takes.",
            "It is simple to start and easy to keep using.", "There is nothing to figure out.",
            "We kept it simple so you don't have to think about it.", "The details are where the difference is.",
            "It is the kind of problem you stop noticing until it is gone.",
            "We would rather show you than tell you.", "We are proud of that.",
            "And we keep working to make it better.", "The best way to judge is to try it yourself.",
            "See for yourself.", "We think the facts speak for themselves.",
            "Trust is earned, and we take that seriously.", "We did the work so you don't have to.",
            "Pick the moment that suits you, and take it from there.", "There is nothing to set up first.",
            "If you have questions, we are happy to help.");
    private static final List<String> PARTS = List.of("pains", "benefits", "features", "proof");
    private static final List<String> SUBHEADS = List.of("Sound familiar?", "What changes", "How it works",
            "Why trust it");

    /** A section of a post: its subhead, then 11 sentences no other section says (about 85 words). */
    private static String section(String part) {
        int i = PARTS.indexOf(part);
        return " " + SUBHEADS.get(i) + "\n" + String.join(" ", NEUTRAL.subList(i * 11, i * 11 + 11));
    }

    /** A benefit block about one fact: its title, then its own sentences, which do not say the fact again. */
    private static String block(String fact) {
        int i = List.of("benefit.0", "feature.0", "proof").indexOf(fact);
        return " {" + fact + "}\nThat is what {product} is for. " + String.join(" ", NEUTRAL.subList(20 + i * 3, 23 + i * 3));
    }

    /** The last line but one of a prompt: a part's name (`Section: pains`, `Block: {benefit.0}`). */
    private static String partOf(String prompt) {
        String[] lines = prompt.strip().split("\n");
        return lines[lines.length - 2].replaceAll("^(Section|Block): \\{?|\\}$", "");
    }

    private static BuildPipeline.Result build(Path dir, ScriptedModel model) throws Exception {
        Path file = dir.resolve("long.campaign");
        Files.writeString(file, SPEC);
        CheckResult checked = Checker.check(file);
        assertFalse(checked.hasErrors(), checked.diagnostics().toString());
        return new BuildPipeline(model, BuildProgress.SILENT).build(checked, file,
                new BuildPipeline.Options(dir.resolve("out"), dir.resolve("cache"), 2, 1, 4));
    }

    private static Map<String, String> script() {
        Map<String, String> s = new HashMap<>();
        s.put("Title:", "Paid in days with {product}");
        s.put("Intro:", "Let's be honest about {pain.0}. It takes time, it takes energy, and it gets in the way of what "
                + "matters. That is where {product} comes in, and here is how it helps.");
        s.put("Close:", "In short: {product} gives you {benefit.0}. We would love to hear what you think. It only takes a "
                + "minute. {cta}.");
        s.put("Headline:", "{benefit.0} with {product}");
        s.put("Subheadline:", "{product} from {brand}.");
        return s;
    }

    @Test
    void aPostsBodyIsItsSectionsInPlanOrderEachWithItsSubhead(@TempDir Path dir) throws Exception {
        Map<String, String> s = script();
        ScriptedModel model = new ScriptedModel(r -> {
            String cue = ScriptedModel.cue(r.prompt());
            if (cue.equals("Subhead:")) return section(partOf(r.prompt()));
            return s.getOrDefault(cue, "Fine.");
        });
        BuildPipeline.Result r = build(dir, model);
        Asset post = r.assets().stream().filter(a -> a.first().kind().equals("blog_post")).findFirst().orElseThrow();
        assertEquals(AssetStatus.GENERATED, post.status(), String.valueOf(post.error()) + post.checks());
        String body = post.fields().get("body");
        // conversion → PAS: pains, benefits, features, proof, then the close.
        List<String> heads = body.lines().filter(SUBHEADS::contains).toList();
        assertEquals(SUBHEADS, heads);
        assertTrue(body.endsWith("Start a free trial."), "the close comes last, with the call to action: " + body);
        String md = post.files().get(0).content();
        assertTrue(md.contains("\n## Sound familiar?\n\nMost of us put up with it"), md);
        assertTrue(io.copydeck.dsl.text.TextMeasure.words(md) >= 300, "a post of 300 words: " + md);
        assertTrue(model.requests.stream().noneMatch(q -> q.prompt().contains("Article:")), "no whole-body prompt");
    }

    @Test
    void theLandingPagesFaqIsPlannedAndNeverGenerated(@TempDir Path dir) throws Exception {
        Map<String, String> s = script();
        ScriptedModel model = new ScriptedModel(r -> {
            String cue = ScriptedModel.cue(r.prompt());
            if (cue.equals("Title:") && r.prompt().contains("Block:")) return block(partOf(r.prompt()));
            return s.getOrDefault(cue, "Fine.");
        });
        BuildPipeline.Result r = build(dir, model);
        Asset page = r.assets().stream().filter(a -> a.first().kind().equals("landing_page")).findFirst().orElseThrow();
        assertEquals(AssetStatus.GENERATED, page.status(), String.valueOf(page.error()) + page.checks());
        assertTrue(model.requests.stream().noneMatch(q -> q.prompt().contains("FAQ")), "the FAQ is no prompt");
        String html = page.files().get(0).content();
        assertTrue(html.contains("<h3>Why trust it?</h3>\n<p>Used by 4,000 firms.</p>"), html);
        // Blocks: the benefit, the feature, the proof, each a title and its text.
        assertTrue(html.contains("<h3>Paid in days</h3>\n<p>That is what Ledgerline Invoices is for."), html);
        assertTrue(html.contains("<h3>Automatic reminders</h3>"), html);
        assertTrue(html.contains("<h3>Used by 4,000 firms</h3>"), html);
        assertEquals(3, html.split("<h3>", -1).length - 1 - html.split("<h3>[^<]*\\?</h3>", -1).length + 1,
                "three blocks besides the FAQ's questions: " + html);
    }

    @Test
    void aVariantThatRepeatsAnotherVariantsSentenceLosesToAFreshOne(@TempDir Path dir) throws Exception {
        Map<String, Integer> asked = new HashMap<>();
        ScriptedModel model = new ScriptedModel(r -> {
            if (!ScriptedModel.cue(r.prompt()).equals("Tweet:")) return "Fine.";
            int n = asked.merge(r.prompt(), 1, Integer::sum);
            // Every variant's first candidate says the same sentence; the second is its own.
            return n % 2 == 1 ? "{product} is here for {pain.0} and more. Start today."
                    : "Say goodbye to {pain.0} with {product}, variant " + n + ". Try it.";
        });
        BuildPipeline.Result r = build(dir, model);
        List<Asset> posts = r.assets().stream().filter(a -> a.first().kind().equals("twitter")).toList();
        assertEquals(2, posts.size());
        String first = posts.get(0).fields().get("text");
        String second = posts.get(1).fields().get("text");
        assertTrue(first.startsWith("Ledgerline Invoices is here for late invoices and more."), first);
        assertFalse(second.contains("is here for late invoices and more"), "v2 takes its fresh candidate: " + second);
    }

    @Test
    void aStockSentenceAnotherVariantSaidGoesWhileOneNamingTheProductStays(@TempDir Path dir) throws Exception {
        ScriptedModel model = new ScriptedModel(r -> ScriptedModel.cue(r.prompt()).equals("Tweet:")
                ? "Something new has arrived today. Meet {product} from {brand} today. Say goodbye to {pain.0}."
                : "Fine.");
        BuildPipeline.Result r = build(dir, model);
        List<Asset> posts = r.assets().stream().filter(a -> a.first().kind().equals("twitter")).toList();
        String first = posts.get(0).fields().get("text");
        String second = posts.get(1).fields().get("text");
        assertTrue(first.startsWith("Something new has arrived today."), first);
        assertFalse(second.contains("Something new has arrived today."), "a stock line is said once: " + second);
        assertTrue(second.contains("Meet Ledgerline Invoices from Ledgerline today."), "what names the product stays: " + second);
    }
}
