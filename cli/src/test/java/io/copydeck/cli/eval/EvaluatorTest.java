package io.copydeck.cli.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.MissingNode;
import io.copydeck.compiler.output.BuildOutput;
import io.copydeck.compiler.output.BuiltAsset;
import io.copydeck.compiler.output.BuiltCampaign;
import io.copydeck.dsl.check.CheckResult;
import io.copydeck.dsl.check.Checker;
import io.copydeck.dsl.plan.Interpreter;
import io.copydeck.dsl.plan.Plan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The figures of `copydeck eval` on hand-made outputs of a real plan: no model, no build. */
class EvaluatorTest {
    static final String SPEC = """
            brand kite { name: "Kite Lab"; voice: bright; legal: "Kite Lab Inc., 1 Wind Way, Reno, NV 89501" }
            campaign breeze {
              title: "Breeze Days"
              brand: kite
              locale: "en-US"
              audience flyers { description: "Beach kite flyers"; pains: "tangled lines" }
              product delta { name: "Delta Glider"; benefits: "steady flight in light wind"; price: 40.00 USD }
              positioning { for: flyers; category: "beach kite"; benefit: "easy launches" }
              channel email hello { products: delta; variants: 2; cta: "Fly the Delta" }
              channel sms { products: delta; must_include: "Reply STOP to opt out" }
              channel blog_post { products: delta }
              channel landing_page { products: delta }
            }
            """;

    @TempDir
    Path dir;
    Plan plan;

    @BeforeEach
    void plan() throws Exception {
        Path spec = dir.resolve("breeze.campaign");
        Files.writeString(spec, SPEC);
        CheckResult checked = Checker.check(spec);
        assertFalse(checked.hasErrors(), checked.diagnostics().toString());
        plan = Interpreter.plan(checked.spec());
    }

    static BuiltAsset asset(String id, String kind, Map<String, String> fields, Map<String, String> rendered,
                            String status, List<BuiltAsset.Check> checks) {
        String[] p = id.split("/");
        return new BuiltAsset(id, p[0], p[1], kind, p[2], p[3], Integer.parseInt(p[4].substring(1)), fields, Map.of(),
                rendered, status, checks, MissingNode.getInstance(), status.equals("failed") ? "no candidate" : null, null);
    }

    static Map<String, String> email(String subject, String body) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("subject", subject);
        f.put("preheader", "Light wind ahead");
        f.put("body", body);
        f.put("cta", "Fly the Delta");
        return f;
    }

    BuildOutput output() {
        BuiltAsset v1 = asset("breeze/email.hello/flyers/delta/v1", "email",
                email("Meet the Delta Glider", "The Delta Glider gives steady flight in light wind. Come and fly."),
                Map.of("txt", "Subject: Meet the Delta Glider\n\nThe Delta Glider gives steady flight in light wind.\n"
                        + "Fly the Delta → https://kite.example\n\nKite Lab Inc., 1 Wind Way, Reno, NV 89501"),
                "generated", List.of(new BuiltAsset.Check("length", "subject", true, "subject ≤ 78 chars")));
        // The second variant sends no CTA, names nothing of the brief and invents a name.
        BuiltAsset v2 = asset("breeze/email.hello/flyers/delta/v2", "email",
                email("A new season", "Try the Storm Hawk Pro at the shore. Come and fly."),
                Map.of("html", "<p>Try the Storm Hawk Pro at the shore.</p><p>Come and fly.</p>"),
                "generated", List.of());
        BuiltAsset sms = asset("breeze/sms/flyers/delta/v1", "sms", Map.of(), Map.of(), "failed",
                List.of(new BuiltAsset.Check("declared-names", "text", false, "\"Sky Rider\" is no name of the brief"),
                        new BuiltAsset.Check("length", "text", false, "text ≤ 160 chars")));
        BuiltAsset blog = asset("breeze/blog_post/flyers/delta/v1", "blog_post",
                Map.of("title", "Light wind", "intro", "Four words of intro.", "body", "Easy launches from the sand, six words."),
                Map.of("md", "# Light wind\n\nFour words of intro.\n\nEasy launches from the sand, six words."),
                "generated", List.of());
        return new BuildOutput(dir, new BuiltCampaign("breeze", "Breeze Days", "breeze.campaign", "copydeck", "m"),
                List.of(v1, v2, sms, blog));
    }

    @Test
    void anFaqPageIsNotMeasuredForItHoldsNoGeneratedCopy() throws Exception {
        Path spec = dir.resolve("faq.campaign");
        Files.writeString(spec, SPEC
                .replace("legal: \"Kite Lab Inc., 1 Wind Way, Reno, NV 89501\" }", "legal: \"Kite Lab Inc., 1 Wind Way, "
                        + "Reno, NV 89501\"\n  support { handoff: \"A person replies.\"; faq reels { question: \"Do you sell "
                        + "Storm Reels?\"; answer: \"Yes, at the Windy Point Store.\" } } }")
                .replace("channel landing_page { products: delta }",
                        "channel landing_page { products: delta }\n  channel faq { products: delta }"));
        CheckResult checked = Checker.check(spec);
        assertFalse(checked.hasErrors(), checked.diagnostics().toString());
        Plan withFaq = Interpreter.plan(checked.spec());
        String questions = "Q: Do you sell Storm Reels?\nA: Yes, at the Windy Point Store.";
        BuiltAsset page = asset("breeze/faq/flyers/delta/v1", "faq",
                Map.of("title", "Delta Glider: questions and answers", "questions", questions),
                Map.of("md", "# Delta Glider: questions and answers\n\n## Do you sell Storm Reels?\n\n"
                        + "Yes, at the Windy Point Store.\n"), "generated", List.of());
        List<BuiltAsset> assets = new java.util.ArrayList<>(output().assets());
        assets.add(page);
        Figures with = Evaluator.evaluate("faq.campaign", new BuildOutput(dir, output().campaign(), assets), withFaq,
                new Evaluator.BuildStats(1, 1, 0), null);
        Figures without = Evaluator.evaluate("faq.campaign", output(), withFaq, new Evaluator.BuildStats(1, 1, 0), null);
        assertEquals(without.unbackedNames(), with.unbackedNames(), "the brand's declared answers invent nothing");
        assertEquals(without.invented(), with.invented());
        assertEquals(without.namedShare(), with.namedShare());
    }

    @Test
    void countsFailuresFindingsCtaNamingAndLength() {
        Figures f = Evaluator.evaluate("breeze.campaign", output(), plan, new Evaluator.BuildStats(12.5, 40, 0), null);
        assertEquals(4, f.assets());
        assertEquals(1, f.failed());
        assertEquals(10.0, f.completionsPerAsset());
        assertEquals(Map.of("declared-names", 1, "length", 1), f.findings());
        assertEquals(1, f.declaredNames());

        assertEquals(2, f.ctaAssets(), "the email channel declares a cta; the blog and the failed sms do not count");
        assertEquals(1, f.ctaPresent());
        assertEquals(0.5, f.ctaShare());

        assertEquals(3, f.namedAssets(), "every asset that was written");
        assertEquals(2, f.named(), "v1 names the product, the blog the positioning's benefit; v2 neither");

        assertEquals(new Figures.Words(2, 12 + 11, 11), f.words().get("email"), "email body words");
        assertEquals(new Figures.Words(1, 4 + 7, 11), f.words().get("blog_post"), "intro + body");
        assertNull(f.words().get("sms"));

        assertEquals(List.of("Storm Hawk Pro"), f.unbackedNames(), "the invented name, once");
        assertEquals(2, f.invented());
        assertNull(f.grammar(), "no grammar check given");
    }

    @Test
    void distinct2OfTheVariantsLeavesOutTheDeclaredCta() {
        Figures f = Evaluator.evaluate("breeze.campaign", output(), plan, new Evaluator.BuildStats(1, 1, 0), null);
        assertEquals(1, f.distinct2().size(), "one channel × audience × offering with two variants");
        List<String> texts = List.of("Meet the Delta Glider\nLight wind ahead\nThe Delta Glider gives steady flight in light wind. Come and fly.\n",
                "A new season\nLight wind ahead\nTry the Storm Hawk Pro at the shore. Come and fly.\n");
        assertEquals(Distinct2.of(texts), f.distinct2().get(0), 1e-12);
    }

    @Test
    void distinct2IsDistinctBigramsOverAllBigrams() {
        assertEquals(1.0, Distinct2.of(List.of("one two three", "four five six")));
        assertEquals(0.5, Distinct2.of(List.of("Same words here", "same words, here.")), "case and punctuation aside");
        assertEquals(3 / 4.0, Distinct2.of(List.of("a b c", "a b d")));
        assertEquals(2 / 3.0, Distinct2.of(List.of("a b", "c d", "a b")), "a bigram never spans two texts");
        assertTrue(Double.isNaN(Distinct2.of(List.of("one", ""))));
    }

    @Test
    void inventedNamesAreCapitalisedRunsNoFactHolds() {
        List<String> facts = List.of("Kite Lab", "Delta Glider", "Reply STOP to opt out");
        assertEquals(List.of("Fly With Kite Lab"), InventedNames.unbacked("Meet the Delta Glider, Fly With Kite Lab", facts),
                "inside a sentence every word of the run counts");
        assertEquals(List.of(), InventedNames.unbacked("Meet Delta Glider today.\nReply STOP to opt out", facts),
                "a sentence's first capital is the sentence's");
        assertEquals(List.of("Sky Rider"), InventedNames.unbacked("Our Sky Rider flies. The kite is red.", facts),
                "reported without the sentence's first word");
        assertEquals(List.of(), InventedNames.unbacked("Meet Kite today.", facts), "one name word after it is no run");
        assertEquals(List.of(), InventedNames.unbacked("Benefits\nDelta Glider", facts), "lines do not run together");
        assertEquals(List.of(), InventedNames.unbacked("Delta Glider is Kite Lab's kite.", facts), "a name's possessive is the name");
        assertEquals(List.of("Kite Labs's"), InventedNames.unbacked("It is Kite Labs's kite.", facts), "a possessive of no name is none");
        assertEquals(List.of("PlanPilot", "GiftIdeas"), InventedNames.unbacked("Your new favourite: PlanPilot #GiftIdeas",
                List.of("#KiteDays")), "a capital after a small letter makes one word a name");
        assertEquals(List.of(), InventedNames.unbacked("Fly on #KiteDays", List.of("#KiteDays")));
    }

    @Test
    void totalsAddCountsAndThresholdsJudgeTheOverallFigures() {
        Figures f = Evaluator.evaluate("breeze.campaign", output(), plan, new Evaluator.BuildStats(2, 8, 0),
                (text, locale, facts) -> locale.equals(Locale.US) ? Map.of("EN_A_VS_AN", 1) : null);
        assertEquals(Map.of("EN_A_VS_AN", 3), f.grammar(), "one finding per written asset");
        Figures total = Figures.total("overall", List.of(f, f));
        assertEquals(8, total.assets());
        assertEquals(2, total.failed());
        assertEquals(0.5, total.ctaShare());
        assertEquals(6, total.grammarTotal());
        assertEquals(2, total.distinct2().size());

        List<Thresholds.Verdict> verdicts = new Thresholds(0, null, null, null, null, 0.5, 1.0).judge(total);
        assertEquals(List.of("--max-failed", "--min-named", "--min-cta"), verdicts.stream().map(Thresholds.Verdict::option).toList());
        assertEquals(List.of(false, true, false), verdicts.stream().map(Thresholds.Verdict::ok).toList());
        assertTrue(Report.json(List.of(f), total, verdicts).contains("\"ok\" : false"));
    }

    /** The two email variants with the given bodies and subjects, and nothing else of the plan. */
    BuildOutput variants(String subject1, String body1, String subject2, String body2, BuiltAsset... more) {
        List<BuiltAsset> assets = new java.util.ArrayList<>(List.of(
                asset("breeze/email.hello/flyers/delta/v1", "email", email(subject1, body1), Map.of("txt", body1), "generated", List.of()),
                asset("breeze/email.hello/flyers/delta/v2", "email", email(subject2, body2), Map.of("txt", body2), "generated", List.of())));
        assets.addAll(List.of(more));
        return new BuildOutput(dir, new BuiltCampaign("breeze", "Breeze Days", "breeze.campaign", "copydeck", "m"), assets);
    }

    /** {@link #output()} and more assets. */
    BuildOutput with(BuiltAsset... more) {
        List<BuiltAsset> assets = new java.util.ArrayList<>(output().assets());
        assets.addAll(List.of(more));
        return new BuildOutput(dir, output().campaign(), assets);
    }

    static BuiltAsset landing(String benefits, String faq) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("hero_title", "Meet the Delta Glider");
        f.put("hero_subtitle", "Easy launches from Kite Lab");
        f.put("benefits", benefits);
        f.put("faq", faq);
        return asset("breeze/landing_page/flyers/delta/v1", "landing_page", f, Map.of("html", "<h1>Meet the Delta Glider</h1>"),
                "generated", List.of());
    }

    @Test
    void groundingCountsTheWordsTheGroundedRuleFindsInWrittenFields() {
        Figures f = Evaluator.evaluate("breeze.campaign", output(), plan, new Evaluator.BuildStats(1, 1, 0), null);
        // v2: "Try the Storm Hawk Pro at the shore." The run of capitals is a name (invented names count it);
        // "shore" is no word of the brief. The blog: "Four words of intro." and "Easy launches from the sand, six words.":
        // number words are claims, not neutral words. The failed SMS is not read; the declared CTA is the brief's.
        assertEquals(Map.of("shore", 1, "four", 1, "intro", 1, "sand", 1, "six", 1), f.ungrounded());
        assertEquals(5, f.grounding());
        Figures twice = Figures.total("overall", List.of(f, f));
        assertEquals(10, twice.grounding());
        assertEquals(2, twice.ungrounded().get("sand"));

        Figures clean = Evaluator.evaluate("breeze.campaign", variants("Meet the Delta Glider", "Steady flight in light wind.",
                "Easy launches, every time", "Tangled lines? Not with the Delta Glider. Fly it today."), plan,
                new Evaluator.BuildStats(1, 1, 0), null);
        assertEquals(0, clean.grounding(), clean.ungrounded().toString());
    }

    @Test
    void sharedSentencesAreLongSentencesTwoVariantsSayInTheSameField() {
        Figures f = Evaluator.evaluate("breeze.campaign", variants(
                "Meet the Delta Glider",
                "The Delta Glider gives steady flight in light wind. Come and fly. Easy launches on any beach.",
                "Meet the Delta Glider",
                "Steady flight, every time. The delta  glider gives steady flight in light wind! Come and fly."),
                plan, new Evaluator.BuildStats(1, 1, 0), null);
        // "Come and fly." is three words; "Easy launches on any beach." only one variant says; the preheader "Light wind
        // ahead" is in both but short; the declared CTA "Fly the Delta" is the same by definition.
        assertEquals(List.of("meet the delta glider", "the delta glider gives steady flight in light wind"),
                f.sharedSentences(), "case, spacing and the end mark aside");
    }

    @Test
    void aSentenceThatIsTheDeclaredCallToActionIsNotShared() {
        BuiltAsset v1 = asset("breeze/email.hello/flyers/delta/v1", "email", Map.of("body", "Light wind ahead. Fly the Delta today!"),
                Map.of("txt", "x"), "generated", List.of());
        BuiltAsset v2 = asset("breeze/email.hello/flyers/delta/v2", "email", Map.of("body", "Steady flight. Fly the Delta today."),
                Map.of("txt", "x"), "generated", List.of());
        assertEquals(List.of(), LongCopy.sharedSentences(List.of(v1, v2), Set.of(), Set.of("Fly the Delta today")),
                "every variant ends in its call to action");
        assertEquals(List.of(), LongCopy.sharedSentences(List.of(v1, v2), Set.of(), Set.of("Fly the Delta")),
                "a sentence that says it, \"today\" or not");
        assertEquals(List.of("fly the delta today"), LongCopy.sharedSentences(List.of(v1, v2), Set.of(), Set.of()));
    }

    @Test
    void aSentenceIsSharedOnlyBetweenVariantsOfOneGroupAndOneField() {
        BuiltAsset blog = asset("breeze/blog_post/flyers/delta/v1", "blog_post",
                Map.of("title", "Light wind", "intro", "Meet the Delta Glider", "body", "The Delta Glider gives steady flight."),
                Map.of("md", "# Light wind"), "generated", List.of());
        Figures f = Evaluator.evaluate("breeze.campaign", variants("Meet the Delta Glider today",
                "Easy launches on any beach.", "Easy launches on any beach", "Meet the Delta Glider today."), plan,
                new Evaluator.BuildStats(1, 1, 0), null);
        assertEquals(List.of(), f.sharedSentences(), "the subject of one is the body of the other");
        assertEquals(List.of(), Evaluator.evaluate("breeze.campaign", new BuildOutput(dir, new BuiltCampaign("breeze",
                "Breeze Days", "breeze.campaign", "copydeck", "m"), List.of(blog)), plan, new Evaluator.BuildStats(1, 1, 0), null)
                .sharedSentences(), "a single variant shares nothing");
        assertEquals("breeze/email.hello/flyers/delta", LongCopy.variantGroup("breeze/email.hello/flyers/delta/v12"));
    }

    @Test
    void longFormCountsEveryFieldOfBlogPostsAndLandingPagesAndTheFaqsAnswers() {
        String benefits = ("Steady flight in light wind. " + "Easy launches from any beach, every time you fly. ").repeat(14);
        String faq = "Q: What is the Delta Glider?\nA: A beach kite from Kite Lab.\n"
                + "Q: Does it fly in light wind?\nA:\n"
                + "Q: What does it cost?\n\nA: $40.00.\n"
                + "Q: Who is it for?";
        Figures f = Evaluator.evaluate("breeze.campaign", output(), plan, new Evaluator.BuildStats(1, 1, 0), null);
        assertEquals(new Figures.LongForm(300, 1, 2 + 4 + 7, 13, 0), f.blog(), "title + intro + body");
        assertEquals(0, f.landing().assets());
        assertTrue(Double.isNaN(f.landing().average()) && Double.isNaN(f.faqAnsweredShare()));

        Figures l = Evaluator.evaluate("breeze.campaign", with(landing(benefits, faq)), plan, new Evaluator.BuildStats(1, 1, 0), null);
        int words = 4 + 5 + 14 * (5 + 9) + (6 + 7 + 7 + 1 + 5 + 2 + 5);   // title, subtitle, benefits, faq: 238
        assertEquals(new Figures.LongForm(200, 1, words, words, 1), l.landing());
        assertEquals(4, l.faqQuestions(), "every Q: line");
        assertEquals(2, l.faqAnswered(), "an empty A: and a question with no A: line are unanswered; a blank line between is no matter");
        assertEquals(0.5, l.faqAnsweredShare());

        Figures both = Figures.total("overall", List.of(f, l));
        assertEquals(new Figures.LongForm(300, 2, 26, 13, 0), both.blog());
        assertEquals(0.0, both.blog().share());
        assertEquals(13.0, both.blog().fewest());
        assertEquals(4, both.faqQuestions());
    }

    @Test
    void theNewBarsJudgeTheOverallFiguresAndABarOnAbsentAssetsIsMet() {
        Figures f = Evaluator.evaluate("breeze.campaign",
                with(landing("Steady flight in light wind.", "Q: Who is it for?\nA: Beach kite flyers.\nQ: Why?")), plan, new Evaluator.BuildStats(1, 1, 0), null);
        assertEquals(5, f.grounding());
        assertEquals(0, f.sharedSentences().size());
        assertEquals(13, f.blog().min());

        List<Thresholds.Verdict> verdicts = new Thresholds(null, null, null, null, null, null, null, 4, 0, 13, 50, 0.5, null, null)
                .judge(f);
        assertEquals(List.of("--max-grounding", "--max-shared", "--min-blog-words", "--min-landing-words", "--min-faq-answered"),
                verdicts.stream().map(Thresholds.Verdict::option).toList());
        assertEquals(List.of(false, true, true, false, true), verdicts.stream().map(Thresholds.Verdict::ok).toList(),
                "5 > 4 ungrounded; no shared; 13 >= 13 blog words; a page of 4 + 5 + 5 + 11 words < 50; 1 of 2 answered");
        assertEquals(List.of(5.0, 0.0, 13.0, 25.0, 0.5), verdicts.stream().map(Thresholds.Verdict::value).toList());

        Figures noLongForm = Evaluator.evaluate("breeze.campaign", variants("Meet the Delta Glider", "Steady flight.",
                "Easy launches", "Fly it."), plan, new Evaluator.BuildStats(1, 1, 0), null);
        List<Thresholds.Verdict> none = new Thresholds(null, null, null, null, null, null, null, null, null, 300, 200, 1.0, null, null)
                .judge(noLongForm);
        assertTrue(none.stream().allMatch(Thresholds.Verdict::ok), "no blog post, no landing page, no FAQ: nothing falls short");
        assertTrue(Double.isNaN(none.get(0).value()));

        // The cost of the copy: completions the build asked for, per asset.
        Thresholds.Verdict cost = new Thresholds(null, null, null, null, null, null, null, null, null, null, null, null,
                null, 0.1).judge(noLongForm).get(0);
        assertEquals("--max-completions", cost.option());
        assertEquals(noLongForm.completionsPerAsset(), cost.value());
        assertFalse(cost.ok(), "1 completion for fewer than 10 assets is more than 0.1 per asset");
    }

    @Test
    void theJsonAndTheTableCarryTheNewFigures() throws Exception {
        Figures f = Evaluator.evaluate("breeze.campaign", output(), plan, new Evaluator.BuildStats(1, 1, 0), null);
        var root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(Report.json(List.of(f), f, List.of()));
        var spec = root.get("specs").get(0);
        assertEquals(5, spec.at("/grounding/findings").asInt());
        assertEquals(1, spec.at("/grounding/words/shore").asInt());
        assertEquals(0, spec.at("/sharedSentences/count").asInt());
        assertTrue(spec.at("/sharedSentences/sentences").isArray());
        assertEquals(13, spec.at("/longForm/blog_post/min").asInt());
        assertEquals(300, spec.at("/longForm/blog_post/bar").asInt());
        assertEquals(0.0, spec.at("/longForm/blog_post/share").asDouble());
        assertTrue(spec.at("/longForm/landing_page/min").isNull(), "no landing page: null, not 0");
        assertEquals(0, spec.at("/longForm/faq/questions").asInt());
        String table = Report.table(List.of(f), f, List.of());
        assertTrue(table.contains("ungrounded words: 5: four 1, intro 1, sand 1, shore 1, six 1"), table);
        assertTrue(table.contains("long form: blog posts 1, words 13.0 / 13 (average / fewest), ≥ 300: 0.00; landing pages none;"
                + " faq answered 0 of 0"), table);
    }

    @Test
    void theLanguageFigureJudgesWhatTheModelWroteAgainstTheCampaignsLanguage() throws Exception {
        BuiltAsset shortBlog = asset("breeze/blog_post/flyers/delta/v1", "blog_post",
                Map.of("title", "Fly", "intro", "Delta Glider, $40.00.", "body", "Kite Lab: easy launches."),
                Map.of("md", "# Fly"), "generated", List.of());
        Figures f = Evaluator.evaluate("breeze.campaign", variants(
                "Meet the Delta Glider", "The Delta Glider gives steady flight in light wind. Come to the beach and fly it.",
                "Der neue Drachen ist da", "Der Delta Glider fliegt auch bei wenig Wind ruhig und sicher. Kommen Sie "
                        + "vorbei und probieren Sie ihn am Strand aus.", shortBlog), plan, new Evaluator.BuildStats(1, 1, 0), null);
        // v1 is English, as the en-US campaign; v2 German; the blog says nothing but the brief's facts (and "Fly").
        assertEquals(new Figures.InLanguage(new java.util.TreeSet<>(List.of("en")), 3, 2, 1, new java.util.TreeMap<>(
                Map.of("en", 1, "de", 1))), f.language());
        assertEquals(0.5, f.language().share());

        Figures total = Figures.total("overall", List.of(f, f));
        assertEquals(4, total.language().judged());
        assertEquals(2, total.language().inLanguage());
        List<Thresholds.Verdict> bar = new Thresholds(null, null, null, null, null, null, null, null, null, null, null,
                null, 0.9, null).judge(total);
        assertEquals(List.of(new Thresholds.Verdict("--min-in-language", 0.9, 0.5, false)), bar);

        var spec = new com.fasterxml.jackson.databind.ObjectMapper().readTree(Report.json(List.of(f), total, bar))
                .get("specs").get(0);
        assertEquals("en", spec.at("/language/expected/0").asText());
        assertEquals(2, spec.at("/language/judged").asInt());
        assertEquals(1, spec.at("/language/inLanguage").asInt());
        assertEquals(1, spec.at("/language/detected/de").asInt());
        String table = Report.table(List.of(f), total, bar);
        assertTrue(table.contains("language: 2 of 6 assets in their campaign's language (en), 4 judged: 0.50; found de 2, en 2"),
                table);
        assertTrue(table.contains("--min-in-language 0.900: 0.500 (MISSED)"), table);
    }
}
