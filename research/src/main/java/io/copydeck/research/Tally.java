package io.copydeck.research;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToIntFunction;

/**
 * The findings of a stream of reviews, added up one {@link Reading} at a time and kept bounded: counts per
 * aspect, key, phrase, month and product, a few quotes each, and capped tables for what grows with the file
 * (candidate nouns, keys, products). Every count is of reviews: a review that praises the sound twice counts
 * once for it.
 */
final class Tally {
    static final int MAX_SKIPPED_LISTED = 1000;
    /** Candidate nouns, motivation keys, vocabulary phrases and products held at most (see {@link Counts}). */
    static final int MAX_KEYS = 20_000;
    static final int MAX_PRODUCTS = 1_000;
    /** Findings listed per section. */
    static final int TOP = 10;
    static final int VOCABULARY = 30;
    /** Context vector size for the candidates' clustering: lemmas hashed into this many dimensions. */
    static final int CONTEXT_DIMENSIONS = 64;

    int read;
    int analysed;
    int duplicates;
    int notAnalysed;
    int skippedCount;
    final List<Skipped> skipped = new ArrayList<>();
    private final Map<String, int[]> languages = new TreeMap<>();
    private final Map<String, AspectTally> aspects = new LinkedHashMap<>();
    final Map<String, CandidateTally> candidates = new HashMap<>();
    private final Map<String, KeyTally> motivations = new HashMap<>();
    private final Map<String, KeyTally> objections = new HashMap<>();
    private final Map<String, KeyTally> vocabulary = new HashMap<>();
    private final TreeMap<YearMonth, MonthTally> months = new TreeMap<>();
    private final Map<String, ProductTally> products = new LinkedHashMap<>();
    private final Set<String> productNames = new HashSet<>();
    private final DeclaredPhrases declared;

    Tally(DeclaredPhrases declared) {
        this.declared = declared;
    }

    /** Counts of an aspect by polarity, with quotes and words for each. */
    static final class AspectTally {
        final int[] reviews = new int[3];
        int any;
        final Quotes[] quotes = {new Quotes(), new Quotes(), new Quotes()};
        final Counts[] words = {new Counts(MAX_KEYS), new Counts(MAX_KEYS), new Counts(MAX_KEYS)};
        final Set<String> members = new java.util.TreeSet<>();
    }

    /**
     * A noun the catalogue lacks: its counts as an aspect, the reviews where an opinion word went to it (what
     * makes it an aspect of its own: {@link FrequentNouns}) and its context, for clustering.
     */
    static final class CandidateTally {
        final AspectTally tally = new AspectTally();
        int opinionated;
        final double[] context = new double[CONTEXT_DIMENSIONS];
    }

    static final class KeyTally {
        int count;
        final Quotes quotes = new Quotes();
        final Set<String> aspects = new HashSet<>();
    }

    private static final class MonthTally {
        int reviews;
        int positive;
        int negative;
        double ratingSum;
        int ratings;
        final Map<String, Integer> pains = new HashMap<>();
    }

    private static final class ProductTally {
        int reviews;
        final Map<String, int[]> aspects = new HashMap<>();
    }

    void skipped(Skipped s) {
        skippedCount++;
        if (skipped.size() < MAX_SKIPPED_LISTED) skipped.add(s);
    }

    void language(String code, boolean analysedHere) {
        languages.computeIfAbsent(code, k -> new int[2])[0]++;
        if (analysedHere) languages.get(code)[1] = 1;
    }

    void add(Reading reading) {
        Review review = reading.review();
        analysed++;
        Set<String> counted = new HashSet<>();
        boolean positive = false;
        boolean negative = false;
        for (Reading.AspectSentiment a : reading.aspects()) {
            AspectTally t = aspects.computeIfAbsent(a.aspect(), k -> new AspectTally());
            t.members.add(a.aspect());
            int p = a.polarity().ordinal();
            if (counted.add(a.aspect())) t.any++;
            if (counted.add(a.aspect() + "|" + p)) {
                t.reviews[p]++;
                for (String w : a.words()) t.words[p].add(reading.language() + "\t" + w);
                for (String w : a.words()) vocabularyOf(a.aspect(), a.polarity(), w, review, a.start(), a.end());
            }
            t.quotes[p].offer(review, a.start(), a.end());
            positive |= a.polarity() == Polarity.POSITIVE;
            negative |= a.polarity() == Polarity.NEGATIVE;
        }
        for (Reading.Candidate c : reading.candidates()) {
            if (!candidates.containsKey(c.noun()) && candidates.size() >= MAX_KEYS) {
                candidates.values().removeIf(k -> k.tally.any <= 1);
                if (candidates.size() >= MAX_KEYS) continue;
            }
            CandidateTally t = candidates.computeIfAbsent(c.noun(), k -> new CandidateTally());
            t.tally.members.add(c.noun());
            int p = c.polarity().ordinal();
            if (counted.add("noun|" + c.noun())) t.tally.any++;
            if (c.opinionated() && counted.add("noun opinion|" + c.noun())) t.opinionated++;
            if (counted.add("noun|" + c.noun() + "|" + p)) {
                t.tally.reviews[p]++;
                for (String w : c.words()) t.tally.words[p].add(reading.language() + "\t" + w);
            }
            t.tally.quotes[p].offer(review, c.start(), c.end());
            for (String lemma : c.context()) {
                if (!lemma.equals(c.noun())) t.context[Math.floorMod(lemma.hashCode(), CONTEXT_DIMENSIONS)] += 1;
            }
        }
        cued(motivations, reading.motivations(), review, counted, "m|");
        cued(objections, reading.objections(), review, counted, "o|");
        if (review.month() != null) {
            MonthTally m = months.computeIfAbsent(review.month(), k -> new MonthTally());
            m.reviews++;
            if (positive) m.positive++;
            if (negative) m.negative++;
            if (review.rating() != null) {
                m.ratingSum += review.rating();
                m.ratings++;
            }
            for (Reading.AspectSentiment a : reading.aspects()) {
                if (a.polarity() == Polarity.NEGATIVE) m.pains.merge(a.aspect(), 1, Integer::sum);
            }
        }
        if (review.product() != null) {
            productNames.add(review.product().toLowerCase(java.util.Locale.ROOT));
            ProductTally pt = products.get(review.product());
            if (pt == null && products.size() < MAX_PRODUCTS) products.put(review.product(), pt = new ProductTally());
            if (pt != null) {
                pt.reviews++;
                Set<String> once = new HashSet<>();
                for (Reading.AspectSentiment a : reading.aspects()) {
                    if (a.polarity() != Polarity.NEUTRAL && once.add(a.aspect() + a.polarity())) {
                        pt.aspects.computeIfAbsent(a.aspect(), k -> new int[3])[a.polarity().ordinal()]++;
                    }
                }
            }
        }
        if (declared != null) declared.add(reading);
    }

    private void vocabularyOf(String aspect, Polarity p, String phrase, Review review, int start, int end) {
        String key = phrase + "\t" + aspect + "\t" + p.label();
        if (!vocabulary.containsKey(key) && vocabulary.size() >= MAX_KEYS) return;
        KeyTally t = vocabulary.computeIfAbsent(key, k -> new KeyTally());
        t.count++;
        t.quotes.offer(review, start, end);
    }

    private static void cued(Map<String, KeyTally> table, List<Reading.Cued> cued, Review review, Set<String> counted,
                             String prefix) {
        for (Reading.Cued c : cued) {
            if (!table.containsKey(c.key()) && table.size() >= MAX_KEYS) continue;
            KeyTally t = table.computeIfAbsent(c.key(), k -> new KeyTally());
            if (counted.add(prefix + c.key())) t.count++;
            t.quotes.offer(review, c.start(), c.end());
        }
    }

    /**
     * The findings: the catalogue's aspects, the frequent nouns customers judge as aspects of their own, and the
     * other candidate nouns clustered into groups.
     */
    ResearchResult result() {
        int base = Math.max(1, analysed);
        Map<String, AspectTally> all = new LinkedHashMap<>(aspects);
        Map<String, AspectOrigin> origins = new HashMap<>();
        List<String> frequent = FrequentNouns.select(candidates, analysed, productNames);
        for (String noun : frequent) {
            if (all.putIfAbsent(noun, candidates.get(noun).tally) == null) origins.put(noun, AspectOrigin.FREQUENT_NOUN);
        }
        Map<String, CandidateTally> rest = new HashMap<>(candidates);
        rest.keySet().removeAll(frequent);
        for (AspectClusters.Cluster c : AspectClusters.cluster(rest, minSupport(), productNames, analysed)) {
            AspectTally merged = new AspectTally();
            for (String member : c.members()) {
                AspectTally t = candidates.get(member).tally;
                merged.any += t.any;
                merged.members.add(member);
                for (int p = 0; p < 3; p++) {
                    merged.reviews[p] += t.reviews[p];
                    for (Quote q : t.quotes[p].list()) merged.quotes[p].offerQuote(q);
                    for (String w : t.words[p].top(TOP)) merged.words[p].add(w);
                }
            }
            if (all.putIfAbsent(c.label(), merged) == null) origins.put(c.label(), AspectOrigin.NOUN_GROUP);
        }
        List<AspectFinding> aspectFindings = new ArrayList<>();
        for (Map.Entry<String, AspectTally> e : all.entrySet()) {
            AspectTally t = e.getValue();
            if (t.any == 0) continue;
            List<Quote> quotes = new ArrayList<>();
            for (int p = 0; p < 3; p++) quotes.addAll(t.quotes[p].list());
            aspectFindings.add(new AspectFinding(e.getKey(), t.any, t.any / (double) base,
                    t.reviews[Polarity.POSITIVE.ordinal()], t.reviews[Polarity.NEGATIVE.ordinal()],
                    t.reviews[Polarity.NEUTRAL.ordinal()], quotes.stream().limit(Quotes.KEEP).toList(),
                    List.copyOf(t.members), origins.getOrDefault(e.getKey(), AspectOrigin.CATALOGUE)));
        }
        aspectFindings.sort(Comparator.comparingInt(AspectFinding::count).reversed().thenComparing(AspectFinding::label));
        List<Finding> pains = polar(all, origins, Polarity.NEGATIVE, base);
        List<Finding> praise = polar(all, origins, Polarity.POSITIVE, base);
        List<Finding> vocab = new ArrayList<>();
        vocabulary.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, KeyTally>>comparingInt(e -> e.getValue().count).reversed()
                        .thenComparing(Map.Entry::getKey))
                .limit(VOCABULARY).forEach(e -> {
                    String[] parts = e.getKey().split("\t");
                    vocab.add(new Finding(parts[0], e.getValue().count, e.getValue().count / (double) base,
                            e.getValue().quotes.list(), List.of(parts[1], parts[2])));
                });
        List<MonthTrend> trend = new ArrayList<>();
        months.forEach((month, m) -> trend.add(new MonthTrend(month.toString(), m.reviews, m.positive, m.negative,
                m.ratings == 0 ? null : Math.round(m.ratingSum / m.ratings * 100) / 100.0,
                m.pains.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey).orElse(null))));
        List<ProductFindings> productFindings = new ArrayList<>();
        products.forEach((name, pt) -> productFindings.add(new ProductFindings(name, pt.reviews,
                productPolar(pt, Polarity.NEGATIVE), productPolar(pt, Polarity.POSITIVE))));
        List<LanguageCount> languageCounts = new ArrayList<>();
        languages.forEach((code, n) -> languageCounts.add(new LanguageCount(code, n[0], n[1] == 1)));
        return new ResearchResult(read, analysed, duplicates, notAnalysed, skippedCount, List.copyOf(skipped),
                languageCounts, pains, praise, keyed(motivations, base), keyed(objections, base), aspectFindings, vocab,
                trend, productFindings, null);
    }

    /** The language most analysed reviews are in ("en" when none are). */
    String mainLanguage() {
        return languages.entrySet().stream().filter(e -> e.getValue()[1] == 1 && !e.getKey().equals(ReviewLanguage.UNDETERMINED))
                .max(Map.Entry.<String, int[]>comparingByValue(Comparator.comparingInt(n -> n[0])))
                .map(Map.Entry::getKey).orElse("en");
    }

    /** A discovered aspect or a motivation needs this many reviews to be listed: one review is an anecdote. */
    int minSupport() {
        return Math.max(2, (int) Math.ceil(analysed * 0.01));
    }

    private List<Finding> polar(Map<String, AspectTally> all, Map<String, AspectOrigin> origins, Polarity polarity, int base) {
        int p = polarity.ordinal();
        List<Finding> out = new ArrayList<>();
        all.forEach((label, t) -> {
            if (t.reviews[p] == 0) return;
            // Pains and praise are named themes (the catalogue's, or a frequent noun's own): a group of other
            // nouns is listed among the aspects, for a strategist to name, but not ranked as a pain.
            if (origins.get(label) == AspectOrigin.NOUN_GROUP) return;
            // The customers' words in the language most reviews are in: the words a spec in it can use.
            out.add(new Finding(label, t.reviews[p], t.reviews[p] / (double) base, t.quotes[p].list(),
                    t.words[p].top(5, mainLanguage() + "\t")));
        });
        return top(out, Finding::count);
    }

    private List<Finding> productPolar(ProductTally pt, Polarity polarity) {
        int p = polarity.ordinal();
        List<Finding> out = new ArrayList<>();
        pt.aspects.forEach((aspect, n) -> {
            if (n[p] > 0) out.add(new Finding(aspect, n[p], n[p] / (double) Math.max(1, pt.reviews), List.of(), List.of()));
        });
        return top(out, Finding::count).stream().limit(5).toList();
    }

    private List<Finding> keyed(Map<String, KeyTally> table, int base) {
        List<Finding> out = new ArrayList<>();
        table.forEach((key, t) -> {
            // A motivation or objection is an explicit statement, rare and worth quoting: one review is enough
            // to be listed (ranked by count); the spec comparison asks for more before calling one frequent.
            if (t.count >= 1) out.add(new Finding(key, t.count, t.count / (double) base, t.quotes.list(), List.of()));
        });
        return top(out, Finding::count);
    }

    private static List<Finding> top(List<Finding> findings, ToIntFunction<Finding> count) {
        findings.sort(Comparator.comparingInt(count).reversed().thenComparing(Finding::label));
        return List.copyOf(findings.subList(0, Math.min(TOP, findings.size())));
    }
}
