package io.copydeck.cli.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What `copydeck eval` measures of one built spec, or of several added up (docs/evaluation.md). Counts,
 * not ratios, so that figures add up across specs; the ratios are computed from them.
 *
 * @param name the spec's file name, or "overall"
 * @param seconds the build's wall-clock time (the model's loading included)
 * @param cacheHits completions the build took from the cache: 0 for a cold build
 * @param findings failed checks of every asset (generated and failed) by rule id
 * @param ctaAssets assets of channels that declare a `cta`; {@code ctaPresent} those whose sent text has it verbatim
 * @param words words per asset of the kinds whose length matters, by kind (email, blog_post, landing_page)
 * @param distinct2 one value per channel × audience × offering with two variants or more
 * @param namedAssets assets checked; {@code named} those whose sent text names the offering or a benefit
 * @param declaredNames failed `declared-names` checks
 * @param unbackedNames capitalised runs of two words or more in sent text that no fact of the brief holds
 * @param grammar grammar and spelling findings by rule id; null when no text was checked
 * @param ungrounded words of written assets' generated fields that the `grounded` rule finds, lowercase, with
 *                   how often
 * @param sharedSentences sentences of four words or more that two or more variants of one channel × audience ×
 *                        offering say in the same field, each once
 * @param blog words of each written blog post (every field); {@code landing} of each landing page
 * @param faqQuestions questions of written landing pages' FAQs; {@code faqAnswered} those an `A:` line answers
 * @param language whether written assets' generated text is in their campaign's language ({@link TextLanguage})
 */
public record Figures(String name, int assets, int failed, double seconds, int completions, int cacheHits,
                      SortedMap<String, Integer> findings, int ctaAssets, int ctaPresent, SortedMap<String, Words> words,
                      List<Double> distinct2, int namedAssets, int named, int declaredNames, List<String> unbackedNames,
                      SortedMap<String, Integer> grammar, SortedMap<String, Integer> ungrounded,
                      List<String> sharedSentences, LongForm blog, LongForm landing, int faqQuestions, int faqAnswered,
                      InLanguage language) {

    /** The bar a blog post's words are counted against ({@link LongForm#meeting}). */
    public static final int BLOG_WORDS = 300;
    /** The bar a landing page's words are counted against. */
    public static final int LANDING_WORDS = 200;

    public Figures {
        findings = Collections.unmodifiableSortedMap(new TreeMap<>(findings));
        words = Collections.unmodifiableSortedMap(new TreeMap<>(words));
        distinct2 = List.copyOf(distinct2);
        unbackedNames = List.copyOf(unbackedNames);
        grammar = grammar == null ? null : Collections.unmodifiableSortedMap(new TreeMap<>(grammar));
        ungrounded = Collections.unmodifiableSortedMap(new TreeMap<>(ungrounded));
        sharedSentences = List.copyOf(sharedSentences);
    }

    /**
     * Words per asset of a long kind (blog posts, landing pages), every field counted: how many assets, their
     * total, the fewest, and how many reach {@code bar}.
     */
    public record LongForm(int bar, int assets, int total, int min, int meeting) {
        public static LongForm none(int bar) {
            return new LongForm(bar, 0, 0, Integer.MAX_VALUE, 0);
        }

        public LongForm plus(int words) {
            return new LongForm(bar, assets + 1, total + words, Math.min(min, words), meeting + (words >= bar ? 1 : 0));
        }

        public LongForm plus(LongForm o) {
            return new LongForm(bar, assets + o.assets, total + o.total, Math.min(min, o.min), meeting + o.meeting);
        }

        public double average() {
            return assets == 0 ? Double.NaN : (double) total / assets;
        }

        /** The fewest words, NaN when there is no such asset. */
        public double fewest() {
            return assets == 0 ? Double.NaN : min;
        }

        /** Share of the assets with {@code bar} words or more; NaN when there is none. */
        public double share() {
            return assets == 0 ? Double.NaN : (double) meeting / assets;
        }
    }

    /**
     * The language of written assets' generated text: the campaigns' languages ("de", "en"), the assets looked at,
     * those with enough words of the model's own to judge, those of them in their campaign's language, and the
     * judged assets by the language found.
     */
    public record InLanguage(SortedSet<String> expected, int assets, int judged, int inLanguage,
                             SortedMap<String, Integer> detected) {
        public static final InLanguage NONE = new InLanguage(new TreeSet<>(), 0, 0, 0, new TreeMap<>());

        public InLanguage {
            expected = Collections.unmodifiableSortedSet(new TreeSet<>(expected));
            detected = Collections.unmodifiableSortedMap(new TreeMap<>(detected));
        }

        /** One more asset of a campaign in {@code expected}, written in {@code found} (null: not judged). */
        public InLanguage plus(String expected, String found) {
            SortedSet<String> e = new TreeSet<>(this.expected);
            e.add(expected);
            if (found == null) return new InLanguage(e, assets + 1, judged, inLanguage, detected);
            SortedMap<String, Integer> d = new TreeMap<>(detected);
            d.merge(found, 1, Integer::sum);
            return new InLanguage(e, assets + 1, judged + 1, inLanguage + (found.equals(expected) ? 1 : 0), d);
        }

        public InLanguage plus(InLanguage o) {
            SortedSet<String> e = new TreeSet<>(expected);
            e.addAll(o.expected);
            SortedMap<String, Integer> d = new TreeMap<>(detected);
            o.detected.forEach((k, v) -> d.merge(k, v, Integer::sum));
            return new InLanguage(e, assets + o.assets, judged + o.judged, inLanguage + o.inLanguage, d);
        }

        /** Share of the judged assets in their campaign's language; NaN when none was judged. */
        public double share() {
            return judged == 0 ? Double.NaN : (double) inLanguage / judged;
        }
    }

    /** Words per asset of one kind: how many assets, their total, the fewest. */
    public record Words(int assets, int total, int min) {
        public static Words of(int words) {
            return new Words(1, words, words);
        }

        public Words plus(Words o) {
            return new Words(assets + o.assets, total + o.total, Math.min(min, o.min));
        }

        public double average() {
            return assets == 0 ? Double.NaN : (double) total / assets;
        }
    }

    public double completionsPerAsset() {
        return assets == 0 ? Double.NaN : (double) completions / assets;
    }

    public int findingsTotal() {
        return findings.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Share of CTA channels' assets that send their CTA; NaN when no channel declares one. */
    public double ctaShare() {
        return ctaAssets == 0 ? Double.NaN : (double) ctaPresent / ctaAssets;
    }

    /** The mean distinct-2 over the groups of variants; NaN when there is no group of two. */
    public double distinct2Average() {
        return distinct2.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    public double namedShare() {
        return namedAssets == 0 ? Double.NaN : (double) named / namedAssets;
    }

    /** Invented names: failed `declared-names` checks plus unbacked capitalised runs. */
    public int invented() {
        return declaredNames + unbackedNames.size();
    }

    /** Ungrounded words in all: each time the `grounded` rule finds one. */
    public int grounding() {
        return ungrounded.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Share of landing-page FAQ questions that are answered; NaN when there is none. */
    public double faqAnsweredShare() {
        return faqQuestions == 0 ? Double.NaN : (double) faqAnswered / faqQuestions;
    }

    /** Grammar findings in all, or -1 when grammar was not checked. */
    public int grammarTotal() {
        return grammar == null ? -1 : grammar.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The figures of several specs added up, under {@code name}. */
    public static Figures total(String name, List<Figures> all) {
        int assets = 0, failed = 0, completions = 0, cacheHits = 0, ctaAssets = 0, ctaPresent = 0;
        int namedAssets = 0, named = 0, declaredNames = 0, faqQuestions = 0, faqAnswered = 0;
        double seconds = 0;
        SortedMap<String, Integer> ungrounded = new TreeMap<>();
        List<String> shared = new ArrayList<>();
        LongForm blog = LongForm.none(BLOG_WORDS);
        LongForm landing = LongForm.none(LANDING_WORDS);
        InLanguage language = InLanguage.NONE;
        SortedMap<String, Integer> findings = new TreeMap<>();
        SortedMap<String, Words> words = new TreeMap<>();
        List<Double> distinct2 = new ArrayList<>();
        List<String> unbacked = new ArrayList<>();
        SortedMap<String, Integer> grammar = null;
        for (Figures f : all) {
            assets += f.assets;
            failed += f.failed;
            seconds += f.seconds;
            completions += f.completions;
            cacheHits += f.cacheHits;
            f.findings.forEach((k, v) -> findings.merge(k, v, Integer::sum));
            ctaAssets += f.ctaAssets;
            ctaPresent += f.ctaPresent;
            f.words.forEach((k, v) -> words.merge(k, v, Words::plus));
            distinct2.addAll(f.distinct2);
            namedAssets += f.namedAssets;
            named += f.named;
            declaredNames += f.declaredNames;
            unbacked.addAll(f.unbackedNames);
            f.ungrounded.forEach((k, v) -> ungrounded.merge(k, v, Integer::sum));
            shared.addAll(f.sharedSentences);
            blog = blog.plus(f.blog);
            landing = landing.plus(f.landing);
            faqQuestions += f.faqQuestions;
            faqAnswered += f.faqAnswered;
            language = language.plus(f.language);
            if (f.grammar != null) {
                if (grammar == null) grammar = new TreeMap<>();
                for (Map.Entry<String, Integer> e : f.grammar.entrySet()) grammar.merge(e.getKey(), e.getValue(), Integer::sum);
            }
        }
        return new Figures(name, assets, failed, seconds, completions, cacheHits, findings, ctaAssets, ctaPresent,
                words, distinct2, namedAssets, named, declaredNames, unbacked, grammar, ungrounded, shared, blog, landing,
                faqQuestions, faqAnswered, language);
    }
}
