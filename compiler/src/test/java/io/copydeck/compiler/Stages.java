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
     * {@link Briefs#SPRING} (Aurora's spring launch, en-US, an SMS that must carry SPRING20) with a
     * two-line legal footer, a second product (House Beans, $12.00, no promo), a second audience
     * (students), and an email channel `welcome` for both audiences and both products.
     */
    static final String SPRING = edit(edit(edit(edit(Briefs.SPRING,
            "legal: \"Aurora Coffee Inc.\"",
            "legal: \"\"\"\n    Aurora Coffee Inc.\n    1 Bean Street, Portland, OR 97201\n    \"\"\""),
            "price: 3.49 USD }",
            "price: 3.49 USD; url: \"https://aurora.example/cold-brew\" }\n"
                    + "product beans { name: \"House Beans\"; price: 12.00 USD }"),
            "positioning {",
            "audience students { description: \"Students who study late\" }\n  positioning {"),
            "channel sms {", """
            channel email welcome {
                audience: commuters, students
                products: cold_brew, beans
                promo: spring20
                cta: "Try it today"
                limits { subject: 60 chars }
              }
              channel sms { products: cold_brew;""");

    /** A body's second paragraph: an email body has 40 words at the least, in two or three paragraphs. */
    static final String SECOND_PARAGRAPH = "\n\nIt is ready when you are, it keeps for days, and it is as good at the end "
            + "of a long week as at the start. Try it this week and see for yourself.";

    /** Email fields that meet every rule of the SPRING email. */
    static final Map<String, String> EMAIL = ordered(
            "subject", "Cafe-quality coffee in 30 seconds",
            "preheader", "Your morning just got better.",
            "body", "Good days start early. Take Aurora Coffee with you before you leave and enjoy it on the way. "
                    + "It is cafe-quality coffee in 30 seconds, so every day is good from the first minute to the last."
                    + Stages.SECOND_PARAGRAPH,
            "cta", "Try it today");

    /** The body of an approved email that a person wrote with markup in it: the deck must show it as text. */
    static final String SCRIPT = "<script>alert(1)</script> Fresh beans for late nights.";

    static final TemplateEngine ENGINE = engine(null);
    static final LayoutRenderer LAYOUTS = new LayoutRenderer(ENGINE);
    static final AssetAssembler ASSEMBLER = new AssetAssembler(LAYOUTS, Briefs.RULES);

    private Stages() {}

    /** The spec with one text replaced, which must be there. */
    static String edit(String spec, String from, String to) {
        assertTrue(spec.contains(from), "\"" + from + "\" is not in the spec");
        return spec.replace(from, to);
    }

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

    /**
     * Every asset of {@link #SPRING}, in plan order: the commuters' two emails generated, the students'
     * Aurora Cold Brew email failed (its body says the avoided "cheap"), the students' House Beans email
     * approved with markup in its body, and the SMS generated.
     */
    static List<Asset> springAssets() {
        List<Asset> assets = new ArrayList<>();
        for (List<Job> jobs : plan(SPRING).values()) {
            String id = jobs.get(0).assetId();
            Map<String, String> email = new LinkedHashMap<>(EMAIL);
            if (id.contains("/sms/")) {
                assets.add(generated(jobs, Map.of("text", "Aurora Cold Brew is back for spring.")));
            } else if (id.contains("/students/cold_brew/")) {
                email.put("body", "Good coffee is never cheap. Take Aurora Coffee with you before you leave and enjoy it on the way. "
                        + "It is cafe-quality coffee in 30 seconds, so every day is good to the last." + SECOND_PARAGRAPH);
                assets.add(generated(jobs, email));
            } else if (id.contains("/students/beans/")) {
                email.put("body", SCRIPT);
                assets.add(approved(jobs, email));
            } else {
                assets.add(generated(jobs, email));
            }
        }
        return assets;
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
