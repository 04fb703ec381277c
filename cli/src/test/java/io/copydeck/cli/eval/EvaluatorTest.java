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
}
