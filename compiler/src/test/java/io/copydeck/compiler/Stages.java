package io.copydeck.compiler;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.copydeck.compiler.rules.Briefs;
import io.copydeck.dsl.check.CheckResult;
import io.copydeck.dsl.check.Checker;
import io.copydeck.dsl.plan.Interpreter;
import io.copydeck.dsl.plan.Job;
import io.copydeck.templates.LayoutRenderer;
import io.copydeck.templates.TemplateEngine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * For tests of the stages after selection (assembly, verification, outputs, copy deck), on their
 * own: a spec checked and planned the way the build does it, its jobs grouped by asset, and the
 * real template engine and layouts. No model, no cache.
 */
final class Stages {
    /**
     * Aurora's spring launch, en-US, with a two-line legal footer: an email channel `welcome`
     * (Aurora Cold Brew at $3.49 with SPRING20, House Beans at $12.00 without), and an SMS that
     * must carry SPRING20.
     */
    static final String SPRING = """
            brand aurora {
              name: "Aurora Coffee"
              avoid: "cheap"
              legal: \"""
                  Aurora Coffee Inc.
                  1 Bean Street, Portland, OR 97201
                  \"""
            }
            product cold_brew { name: "Aurora Cold Brew"; price: 3.49 USD; url: "https://aurora.example/cold-brew" }
            product beans { name: "House Beans"; price: 12.00 USD }
            campaign spring {
              title: "Spring Launch 2027"
              brand: aurora
              locale: "en-US"
              window: 2027-03-01 .. 2027-04-15
              audience commuters { description: "Urban professionals who commute by train" }
              audience students { description: "Students who study late" }
              positioning { for: commuters; category: "cold brew"; benefit: "cafe-quality coffee in 30 seconds" }
              pricing { promo spring20 { code: "SPRING20"; discount: 20%; applies: cold_brew; ends: 2027-03-31 } }
              channel email welcome {
                audience: commuters, students
                products: cold_brew, beans
                promo: spring20
                cta: "Try it today"
                limits { subject: 60 chars }
              }
              channel sms { products: cold_brew; promo: spring20; must_include: "SPRING20" }
            }
            """;

    /** Email fields that meet every rule of the SPRING email. */
    static final Map<String, String> EMAIL = ordered(
            "subject", "Cafe-quality coffee in 30 seconds",
            "preheader", "Your train ride just got better.",
            "body", "Mornings on the train are long. Pour a glass before you leave and enjoy it on the way.",
            "cta", "Try it today");

    static final TemplateEngine ENGINE = engine(null);
    static final LayoutRenderer LAYOUTS = new LayoutRenderer(ENGINE);
    static final AssetAssembler ASSEMBLER = new AssetAssembler(LAYOUTS, Briefs.RULES);

    private Stages() {}

    static TemplateEngine engine(Path root) {
        try {
            return new TemplateEngine(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The spec's plan: the jobs of each asset, by asset id, in plan order. */
    static Map<String, List<Job>> plan(String spec) {
        CheckResult r = Checker.checkText(Path.of("stages-test.campaign"), spec);
        assertFalse(r.hasErrors(), r.diagnostics().toString());
        Map<String, List<Job>> byAsset = new LinkedHashMap<>();
        for (Job j : Interpreter.plan(r.spec()).jobs()) byAsset.computeIfAbsent(j.assetId(), k -> new ArrayList<>()).add(j);
        return byAsset;
    }

    /** The jobs of the spec's first asset whose id matches. */
    static List<Job> jobs(String spec, Predicate<String> assetId) {
        List<Job> jobs = plan(spec).entrySet().stream().filter(e -> assetId.test(e.getKey()))
                .map(Map.Entry::getValue).findFirst().orElse(null);
        assertTrue(jobs != null, "no asset matches in " + plan(spec).keySet());
        return jobs;
    }

    /** The jobs of the spec's first asset of a channel kind. */
    static List<Job> firstOfKind(String spec, String kind) {
        return plan(spec).values().stream().filter(js -> js.get(0).kind().equals(kind)).findFirst().orElseThrow();
    }

    static Asset generated(List<Job> jobs, Map<String, String> fields) {
        return ASSEMBLER.assemble(jobs.get(0).assetId(), jobs, fields, AssetStatus.GENERATED, null);
    }

    static Asset approved(List<Job> jobs, Map<String, String> fields) {
        return ASSEMBLER.assemble(jobs.get(0).assetId(), jobs, fields, AssetStatus.APPROVED, "approved");
    }

    static ConstraintCheck check(Asset asset, String rule) {
        return asset.checks().stream().filter(c -> c.rule().equals(rule)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + rule + " check in " + asset.checks()));
    }

    static List<ConstraintCheck> failedChecks(List<ConstraintCheck> checks) {
        return checks.stream().filter(c -> !c.ok()).toList();
    }

    /** A map in the order given: key, value, key, value... */
    static Map<String, String> ordered(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put(kv[i], kv[i + 1]);
        return m;
    }
}
