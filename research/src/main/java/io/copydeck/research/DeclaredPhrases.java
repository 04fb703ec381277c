package io.copydeck.research;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A spec's declared pains, motivations and benefits, counted in the reviews as they stream by. A review
 * confirms a phrase when one of its clauses holds at least {@link #MIN_WORDS_SHARE} of the phrase's content
 * words (lemmas: "no time for breakfast" is time, breakfast), or speaks of the aspect the phrase names with the
 * phrase's polarity: badly for a pain, well for a benefit or a motivation (or states a motivation about it).
 */
public final class DeclaredPhrases {
    static final double MIN_WORDS_SHARE = 0.6;
    /** Words that carry no content of their own in a spec's phrase. */
    static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "and", "or", "of", "for", "to", "in", "on", "at",
            "with", "without", "by", "from", "no", "not", "your", "you", "our", "their", "my", "its", "it", "is", "are",
            "be", "that", "this", "more", "less", "very", "all", "any", "every", "into", "out", "up", "per",
            "der", "die", "das", "und", "oder", "für", "mit", "ohne", "ein", "eine", "kein", "keine", "zu", "im");

    enum Kind { PAIN, MOTIVATION, BENEFIT }

    static final class Declared {
        final Kind kind;
        final String text;
        final Set<String> words;
        final String aspect;
        int count;
        final Quotes quotes = new Quotes();

        Declared(Kind kind, String text, Set<String> words, String aspect) {
            this.kind = kind;
            this.text = text;
            this.words = words;
            this.aspect = aspect;
        }
    }

    final String spec;
    final String audience;
    final List<Declared> items = new ArrayList<>();

    private final SentimentLexicon lexicon;

    DeclaredPhrases(String spec, String audience, List<String> pains, List<String> motivations, List<String> benefits,
                    TextAnalyser analyser, AspectCatalogue catalogue, String language) {
        this.spec = spec;
        this.lexicon = new SentimentLexicon(language);
        this.audience = audience;
        add(Kind.PAIN, pains, analyser, catalogue, language);
        add(Kind.MOTIVATION, motivations, analyser, catalogue, language);
        add(Kind.BENEFIT, benefits, analyser, catalogue, language);
    }

    private void add(Kind kind, List<String> phrases, TextAnalyser analyser, AspectCatalogue catalogue, String language) {
        for (String phrase : new LinkedHashSet<>(phrases)) {
            List<Token> tokens = new ArrayList<>();
            for (List<Token> s : analyser.sentences(phrase, language)) tokens.addAll(s);
            Set<String> words = new LinkedHashSet<>();
            for (Token t : tokens) {
                if (t.isWord() && t.lower().length() >= 3 && !FUNCTION_WORDS.contains(t.lower())) words.add(t.lemma());
            }
            String aspect = catalogue.aspectOf(tokens);
            if (aspect == null) {
                // "uncomfortable headphones": the aspect an opinion word of the phrase implies.
                aspect = lexicon.hits(tokens).stream().map(SentimentLexicon.Hit::impliedAspect)
                        .filter(java.util.Objects::nonNull).findFirst().orElse(null);
            }
            items.add(new Declared(kind, phrase, words, aspect));
        }
    }

    void add(Reading reading) {
        for (Declared d : items) {
            int[] where = confirmed(d, reading);
            if (where == null) continue;
            d.count++;
            d.quotes.offer(reading.review(), where[0], where[1]);
        }
    }

    /** The span of the clause that confirms the phrase, or null when the review does not. */
    private static int[] confirmed(Declared d, Reading reading) {
        if (!d.words.isEmpty()) {
            int needed = (int) Math.ceil(d.words.size() * MIN_WORDS_SHARE);
            for (Reading.ClauseWords c : reading.clauses()) {
                int present = 0;
                for (String w : d.words) if (c.words().contains(w)) present++;
                if (present >= needed) return new int[] {c.start(), c.end()};
            }
        }
        if (d.aspect == null) return null;
        Polarity wanted = d.kind == Kind.PAIN ? Polarity.NEGATIVE : Polarity.POSITIVE;
        for (Reading.AspectSentiment a : reading.aspects()) {
            if (a.aspect().equals(d.aspect) && a.polarity() == wanted) return new int[] {a.start(), a.end()};
        }
        if (d.kind == Kind.MOTIVATION) {
            for (Reading.Cued m : reading.motivations()) if (m.key().equals(d.aspect)) return new int[] {m.start(), m.end()};
        }
        return null;
    }

    /** The comparison, once every review is read; {@code result} gives the frequent findings to check for gaps. */
    SpecComparison compare(ResearchResult result) {
        int base = Math.max(1, result.analysed());
        List<SpecComparison.Declared> pains = new ArrayList<>();
        List<SpecComparison.Declared> motivations = new ArrayList<>();
        List<SpecComparison.Declared> benefits = new ArrayList<>();
        Set<String> coveredPains = new HashSet<>();
        Set<String> coveredMotivations = new HashSet<>();
        for (Declared d : items) {
            SpecComparison.Declared out = new SpecComparison.Declared(d.text, d.count, d.count / (double) base, d.quotes.list());
            switch (d.kind) {
                case PAIN -> {
                    pains.add(out);
                    cover(coveredPains, d);
                }
                case MOTIVATION -> {
                    motivations.add(out);
                    cover(coveredMotivations, d);
                }
                case BENEFIT -> benefits.add(out);
            }
        }
        int frequent = Math.max(2, (int) Math.ceil(result.analysed() * 0.05));
        List<Finding> missingPains = result.pains().stream()
                .filter(f -> f.count() >= frequent && !coveredPains.contains(f.label())).toList();
        List<Finding> missingMotivations = result.motivations().stream()
                .filter(f -> f.count() >= Math.max(2, frequent / 2) && !coveredMotivations.contains(f.label())).toList();
        return new SpecComparison(spec, audience, pains, motivations, benefits, missingPains, missingMotivations);
    }

    private static void cover(Set<String> covered, Declared d) {
        if (d.aspect != null) covered.add(d.aspect);
        covered.addAll(d.words);
    }
}
