package io.copydeck.cli.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * The bars `copydeck eval` holds the overall figures to; null where none is given. A figure that cannot be
 * measured (no CTA channel, no pair of variants, grammar not checked, no asset with enough words to judge its
 * language) misses a bar set for it, but for the long-form bars: with no blog post (no landing page, no FAQ
 * question) there is nothing to fall short, and the bar is met.
 */
public record Thresholds(Integer maxFailed, Integer maxFindings, Integer maxInvented, Integer maxGrammar,
                         Double minDistinct2, Double minNamed, Double minCta, Integer maxGrounding, Integer maxShared,
                         Integer minBlogWords, Integer minLandingWords, Double minFaqAnswered, Double minInLanguage,
                         Double maxCompletions) {

    /** The bars before the long-form ones: none of those set. */
    public Thresholds(Integer maxFailed, Integer maxFindings, Integer maxInvented, Integer maxGrammar,
                      Double minDistinct2, Double minNamed, Double minCta) {
        this(maxFailed, maxFindings, maxInvented, maxGrammar, minDistinct2, minNamed, minCta, null, null, null, null, null,
                null, null);
    }

    /** One bar: the option that set it, its limit, the figure, and whether the figure meets it. */
    public record Verdict(String option, double limit, double value, boolean ok) {}

    public List<Verdict> judge(Figures f) {
        List<Verdict> v = new ArrayList<>();
        atMost(v, "--max-failed", maxFailed, f.failed());
        atMost(v, "--max-findings", maxFindings, f.findingsTotal());
        atMost(v, "--max-invented", maxInvented, f.invented());
        atMost(v, "--max-grammar", maxGrammar, f.grammar() == null ? Double.NaN : f.grammarTotal());
        atLeast(v, "--min-distinct2", minDistinct2, f.distinct2Average());
        atLeast(v, "--min-named", minNamed, f.namedShare());
        atLeast(v, "--min-cta", minCta, f.ctaShare());
        atMost(v, "--max-grounding", maxGrounding, f.grounding());
        atMost(v, "--max-shared", maxShared, f.sharedSentences().size());
        atLeastOrNone(v, "--min-blog-words", minBlogWords == null ? null : minBlogWords.doubleValue(), f.blog().fewest());
        atLeastOrNone(v, "--min-landing-words", minLandingWords == null ? null : minLandingWords.doubleValue(),
                f.landing().fewest());
        atLeastOrNone(v, "--min-faq-answered", minFaqAnswered, f.faqAnsweredShare());
        atLeast(v, "--min-in-language", minInLanguage, f.language().share());
        atMost(v, "--max-completions", maxCompletions, f.completionsPerAsset());
        return v;
    }

    private static void atMost(List<Verdict> v, String option, Number limit, double value) {
        if (limit != null) v.add(new Verdict(option, limit.doubleValue(), value, !Double.isNaN(value) && value <= limit.doubleValue()));
    }

    private static void atLeast(List<Verdict> v, String option, Double limit, double value) {
        if (limit != null) v.add(new Verdict(option, limit, value, !Double.isNaN(value) && value >= limit));
    }

    /** A bar on assets that may not be there: met when there is none (NaN). */
    private static void atLeastOrNone(List<Verdict> v, String option, Double limit, double value) {
        if (limit != null) v.add(new Verdict(option, limit, value, Double.isNaN(value) || value >= limit));
    }
}
