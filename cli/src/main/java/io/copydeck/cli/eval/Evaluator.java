package io.copydeck.cli.eval;

import io.copydeck.compiler.output.BuildOutput;
import io.copydeck.compiler.output.BuiltAsset;
import io.copydeck.compiler.output.SentText;
import io.copydeck.compiler.rules.OnlyDeclaredNames;
import io.copydeck.dsl.brief.Brief;
import io.copydeck.dsl.plan.Job;
import io.copydeck.dsl.plan.Plan;
import io.copydeck.dsl.text.TextMeasure;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The figures of one build (docs/evaluation.md), from what the build wrote, read back by the one reader,
 * and the plan it was built from (each asset's {@link Brief}: its offering, benefits, CTA and facts).
 */
public final class Evaluator {
    /** The kinds whose length is measured, and which of their fields count. */
    static final Map<String, Set<String>> MEASURED = Map.of(
            "email", Set.of("body"),
            "blog_post", Set.of("intro", "body"),
            "landing_page", Set.of());   // every field

    /** What the build itself reports: its time and completions. */
    public record BuildStats(double seconds, int completions, int cacheHits) {}

    private Evaluator() {}

    public static Figures evaluate(String name, BuildOutput output, Plan plan, BuildStats stats, GrammarCheck grammar) {
        TextLanguage textLanguage = TextLanguage.get();   // always: cheap, and no figure says more of a de spec
        Map<String, List<Job>> jobs = new LinkedHashMap<>();
        for (Job j : plan.jobs()) jobs.computeIfAbsent(j.assetId(), k -> new ArrayList<>()).add(j);

        Map<String, Integer> findings = new TreeMap<>();
        Map<String, Figures.Words> words = new TreeMap<>();
        Map<String, List<String>> variantTexts = new LinkedHashMap<>();
        List<String> unbacked = new ArrayList<>();
        Map<String, Integer> grammarFindings = null;
        Map<String, Integer> ungrounded = new TreeMap<>();
        Map<String, List<BuiltAsset>> variants = new LinkedHashMap<>();
        Map<String, java.util.Set<String>> declaredByGroup = new java.util.HashMap<>();
        // Each group's call to action: a sentence that is it is declared text, the same in every variant.
        Map<String, Set<String>> ctasByGroup = new java.util.HashMap<>();
        Figures.LongForm blog = Figures.LongForm.none(Figures.BLOG_WORDS);
        Figures.LongForm landing = Figures.LongForm.none(Figures.LANDING_WORDS);
        LongCopy.Faq faq = LongCopy.Faq.NONE;
        Figures.InLanguage language = Figures.InLanguage.NONE;
        int failed = 0, ctaAssets = 0, ctaPresent = 0, namedAssets = 0, named = 0, declaredNames = 0;
        for (BuiltAsset a : output.assets()) {
            for (BuiltAsset.Check c : a.checks()) {
                if (c.ok()) continue;
                findings.merge(c.rule(), 1, Integer::sum);
                if (c.rule().equals(OnlyDeclaredNames.ID)) declaredNames++;
            }
            if (a.failed()) {
                failed++;
                continue;
            }
            List<Job> assetJobs = jobs.get(a.id());
            if (assetJobs == null) continue;   // not in this plan: an output left from another spec
            // An asset the spec declares whole (an FAQ page, dsl/brief/FaqPage) holds no copy to measure; its support
            // answers are the brand's own words, outside the brief's facts, and would read as invented names.
            if (assetJobs.stream().allMatch(j -> j.field().isDeclared())) continue;
            Brief brief = assetJobs.get(0).brief();
            String sent = SentText.of(a.rendered());
            String read = SentText.read(a.rendered());

            if (brief.channel().cta() != null) {
                ctaAssets++;
                if (sent.contains(brief.channel().cta())) ctaPresent++;
            }
            namedAssets++;
            if (namesOfferingOrBenefit(sent, brief)) named++;
            unbacked.addAll(InventedNames.unbacked(read, brief.facts()));
            Integer length = length(a);
            if (length != null) words.merge(a.kind(), Figures.Words.of(length), Figures.Words::plus);
            String generated = generatedText(a, assetJobs);
            variantTexts.computeIfAbsent(a.channel() + "/" + a.audience() + "/" + a.product(), k -> new ArrayList<>())
                    .add(generated);
            // What the model wrote, not the layout's fixed lines nor the fields the spec declares: those are in
            // the campaign's language whatever the model writes.
            language = language.plus(brief.campaign().locale().getLanguage(), textLanguage.of(generated, brief.facts()));
            LongCopy.ungrounded(a, assetJobs, brief).forEach(w -> ungrounded.merge(w, 1, Integer::sum));
            String group = LongCopy.variantGroup(a.id());
            variants.computeIfAbsent(group, k -> new ArrayList<>()).add(a);
            declaredByGroup.computeIfAbsent(group, k -> new java.util.HashSet<>()).addAll(LongCopy.declaredFields(assetJobs));
            if (brief.channel().cta() != null) ctasByGroup.computeIfAbsent(group, k -> new java.util.HashSet<>()).add(brief.channel().cta());
            if (a.kind().equals("blog_post")) blog = blog.plus(allWords(a));
            if (a.kind().equals("landing_page")) {
                landing = landing.plus(allWords(a));
                faq = faq.plus(LongCopy.faq(a.fields().get("faq")));
            }
            if (grammar != null) {
                Map<String, Integer> found = grammar.check(read, brief.campaign().locale(), brief.facts());
                if (found != null) {
                    if (grammarFindings == null) grammarFindings = new TreeMap<>();
                    for (Map.Entry<String, Integer> e : found.entrySet()) grammarFindings.merge(e.getKey(), e.getValue(), Integer::sum);
                }
            }
        }
        List<Double> distinct2 = new ArrayList<>();
        for (List<String> texts : variantTexts.values()) {
            if (texts.size() < 2) continue;
            double d = Distinct2.of(texts);
            if (!Double.isNaN(d)) distinct2.add(d);
        }
        List<String> shared = new ArrayList<>();
        variants.forEach((group, assets) -> {
            if (assets.size() >= 2) shared.addAll(LongCopy.sharedSentences(assets, declaredByGroup.get(group),
                    ctasByGroup.getOrDefault(group, Set.of())));
        });
        return new Figures(name, output.assets().size(), failed, stats.seconds(), stats.completions(), stats.cacheHits(),
                new TreeMap<>(findings), ctaAssets, ctaPresent, new TreeMap<>(words), distinct2, namedAssets, named,
                declaredNames, unbacked, grammarFindings == null ? null : new TreeMap<>(grammarFindings),
                new TreeMap<>(ungrounded), shared, blog, landing, faq.questions(), faq.answered(), language);
    }

    /** The sent text holds the offering's name, one of its benefits or the positioning's benefit, in any case. */
    static boolean namesOfferingOrBenefit(String sent, Brief brief) {
        String text = sent.toLowerCase(Locale.ROOT);
        List<String> names = new ArrayList<>();
        names.add(brief.offering().name());
        names.addAll(brief.offering().benefits());
        if (brief.positioning() != null) names.add(brief.positioning().benefit());
        return names.stream().filter(n -> n != null && !n.isBlank())
                .anyMatch(n -> text.contains(n.toLowerCase(Locale.ROOT)));
    }

    /** Words of the fields whose length the kind needs; null for a kind that is not measured. */
    static Integer length(BuiltAsset a) {
        Set<String> fields = MEASURED.get(a.kind());
        if (fields == null) return null;
        int n = 0;
        for (Map.Entry<String, String> f : a.fields().entrySet()) {
            if (fields.isEmpty() || fields.contains(f.getKey())) n += TextMeasure.words(f.getValue());
        }
        return n;
    }

    /** Words of every field of the asset (`TextMeasure.words`). */
    static int allWords(BuiltAsset a) {
        int n = 0;
        for (String text : a.fields().values()) n += text == null ? 0 : TextMeasure.words(text);
        return n;
    }

    /** The asset's field texts, one a line, but for those the spec declares itself (the same in every variant). */
    static String generatedText(BuiltAsset a, List<Job> jobs) {
        Set<String> declared = new java.util.HashSet<>();
        for (Job j : jobs) if (j.field().isDeclared()) declared.add(j.field().name());
        StringBuilder s = new StringBuilder();
        a.fields().forEach((field, text) -> {
            if (!declared.contains(field)) s.append(text).append('\n');
        });
        return s.toString();
    }
}
