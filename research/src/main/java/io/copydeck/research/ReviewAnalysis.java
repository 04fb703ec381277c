package io.copydeck.research;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The baseline reading of one review: sentences and tags from LanguageTool, clauses, aspects from the
 * catalogue, opinion words from the sentiment lexicon each given to the nearest aspect of its clause (as in Hu
 * and Liu's feature-based summaries), nouns the catalogue lacks as candidates, and the cues of motivations and
 * objections. A {@link ClauseScorer} may replace the lexicon's verdict on a clause (the GPT-2 variant).
 */
final class ReviewAnalysis {
    /**
     * Scores a clause's sentiment on its own, in place of the lexicon's opinion words; null keeps the lexicon's
     * verdict. {@code lexiconHasOpinion}: whether the lexicon found an opinion word in the clause.
     */
    interface ClauseScorer {
        Double score(String clause, boolean lexiconHasOpinion);
    }

    /** Ratings at or below this (of five) make an opinion-free mention negative; at or above POSITIVE_RATING positive. */
    static final double NEGATIVE_RATING = 2;
    static final double POSITIVE_RATING = 4;

    private final TextAnalyser analyser;
    private final SentimentLexicon english;
    private final SentimentLexicon german;
    private final boolean ratingPrior;
    private final AspectCatalogue catalogue;
    private final Cues cues;
    private final ClauseScorer scorer;

    ReviewAnalysis(TextAnalyser analyser, AspectCatalogue catalogue, Cues cues, ClauseScorer scorer, boolean ratingPrior) {
        this.analyser = analyser;
        this.english = new SentimentLexicon("en");
        this.german = new SentimentLexicon("de");
        this.ratingPrior = ratingPrior;
        this.catalogue = catalogue;
        this.cues = cues;
        this.scorer = scorer;
    }

    Reading read(Review review, String language) {
        String text = review.text();
        List<Reading.AspectSentiment> aspects = new ArrayList<>();
        List<Reading.Candidate> candidates = new ArrayList<>();
        List<Reading.Cued> motivations = new ArrayList<>();
        List<Reading.Cued> objections = new ArrayList<>();
        List<Reading.ClauseWords> clauseWords = new ArrayList<>();
        SentimentLexicon lexicon = "de".equals(language) ? german : english;
        List<Reading.AspectSentiment> previous = List.of();
        for (List<Token> sentence : analyser.sentences(text, language)) {
            List<Contrast.Said> said = new ArrayList<>();
            for (Clause clause : Clause.split(sentence, catalogue::startsAt)) {
                int aspectsFrom = aspects.size();
                int candidatesFrom = candidates.size();
                List<Token> tokens = clause.tokens();
                List<SentimentLexicon.Hit> hits = lexicon.hits(tokens);
                List<AspectCatalogue.Mention> named = catalogue.mentions(tokens, english(language));
                List<AspectCatalogue.Mention> mentions = new ArrayList<>(named);
                List<SentimentLexicon.Hit> assigned = new ArrayList<>();
                for (SentimentLexicon.Hit h : hits) {
                    // "dirty", "noisy": the word names its aspect itself, whatever else the clause names;
                    // "slow", "crashes" only when the clause names nothing else.
                    String implied = h.impliedAspect();
                    if (implied != null && h.onlyAlone() && !named.isEmpty()) implied = null;
                    String aspect = implied;
                    if (aspect != null && mentions.stream().noneMatch(m -> m.aspect().equals(aspect))) {
                        mentions.add(new AspectCatalogue.Mention(aspect, h.index(), h.length()));
                    }
                    assigned.add(new SentimentLexicon.Hit(h.index(), h.length(), h.phrase(), h.weight(), implied, false));
                }
                hits = assigned;
                Double own = scorer == null || mentions.isEmpty() ? null : scorer.score(clause.span(text), !hits.isEmpty());
                double[] scores = new double[mentions.size()];
                List<List<String>> words = new ArrayList<>();
                for (int i = 0; i < mentions.size(); i++) words.add(new ArrayList<>());
                double total = 0;
                for (SentimentLexicon.Hit h : hits) {
                    total += h.weight();
                    int nearest = nearest(mentions, h.index(), h.impliedAspect());
                    if (nearest < 0) continue;
                    scores[nearest] += h.weight();
                    words.get(nearest).add(h.phrase());
                }
                if (own != null) total = own;
                Polarity clausePolarity = Polarity.of(total);
                List<Reading.AspectSentiment> here = new ArrayList<>();
                for (int i = 0; i < mentions.size(); i++) {
                    Polarity p = own != null ? clausePolarity : Polarity.of(scores[i]);
                    here.add(new Reading.AspectSentiment(mentions.get(i).aspect(), p, clause.start(), clause.end(),
                            words.get(i), mentions.get(i).family()));
                }
                if (mentions.isEmpty() && clausePolarity != Polarity.NEUTRAL && !previous.isEmpty()) {
                    // An opinion with no aspect of its own ("Impressive.", "So kind.") is about the aspects just
                    // named: the quote spans both clauses, still one verbatim span of the review.
                    List<String> opinion = hits.stream().map(SentimentLexicon.Hit::phrase).toList();
                    for (Reading.AspectSentiment p : previous) {
                        here.add(new Reading.AspectSentiment(p.aspect(), clausePolarity, p.start(), clause.end(), opinion));
                    }
                    previous = List.of();
                } else if (!mentions.isEmpty()) {
                    previous = here;
                }
                aspects.addAll(here);
                List<String> context = new ArrayList<>();
                Set<String> all = new HashSet<>();
                for (Token t : tokens) {
                    if (!t.isWord()) continue;
                    context.add(t.lemma());
                    all.add(t.lower());
                    all.add(t.lemma());
                }
                candidates.addAll(candidates(tokens, mentions, hits, clause, context));
                for (Cues.Cue cue : cues.in(tokens)) {
                    String key = keyAfter(tokens, cue.after(), english(language));
                    if (key == null) continue;
                    int start = tokens.get(cue.index()).start();
                    Reading.Cued cued = new Reading.Cued(key, start, clause.end());
                    (cue.kind() == Cues.Kind.MOTIVATION ? motivations : objections).add(cued);
                }
                clauseWords.add(new Reading.ClauseWords(all, clausePolarity, clause.start(), clause.end()));
                said.add(new Contrast.Said(Contrast.opens(tokens), own != null ? clausePolarity : Polarity.of(total),
                        !hits.isEmpty() || own != null, aspectsFrom, aspects.size(), candidatesFrom, candidates.size()));
            }
            Contrast.apply(said, aspects, candidates);
        }
        if (ratingPrior && review.rating() != null) {
            aspects = withRatingPrior(aspects, review.rating());
            candidates = candidatesWithRatingPrior(candidates, review.rating());
        }
        return new Reading(review, language, aspects, candidates, motivations, objections, clauseWords);
    }

    /**
     * The nouns of a clause the catalogue lacks ({@link NounRuns}), each with its own opinion: every opinion word
     * of the clause goes to the nearest of the catalogue's mentions and the noun runs together (as in Hu and Liu),
     * so "the car was old" judges the car, and "the staff were rude about the car" the staff only. The catalogue's
     * own verdicts are not changed by this: it is a second, separate assignment.
     */
    private static List<Reading.Candidate> candidates(List<Token> tokens, List<AspectCatalogue.Mention> mentions,
                                                      List<SentimentLexicon.Hit> hits, Clause clause, List<String> context) {
        boolean[] taken = new boolean[tokens.size()];
        for (AspectCatalogue.Mention m : mentions) for (int k = m.index(); k < m.index() + m.length(); k++) taken[k] = true;
        for (SentimentLexicon.Hit h : hits) for (int k = h.index(); k < h.index() + h.length(); k++) taken[k] = true;
        List<NounRuns.Run> runs = NounRuns.in(tokens, taken);
        if (runs.isEmpty()) return List.of();
        List<AspectCatalogue.Mention> competitors = new ArrayList<>(mentions);
        for (NounRuns.Run r : runs) competitors.add(new AspectCatalogue.Mention("", r.index(), r.length()));
        double[] scores = new double[runs.size()];
        List<List<String>> words = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) words.add(new ArrayList<>());
        for (SentimentLexicon.Hit h : hits) {
            int nearest = nearest(competitors, h.index(), h.impliedAspect()) - mentions.size();
            if (nearest < 0) continue;
            scores[nearest] += h.weight();
            words.get(nearest).add(h.phrase());
        }
        List<Reading.Candidate> out = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            NounRuns.Run r = runs.get(i);
            for (int k = r.index(); k < r.index() + r.length(); k++) {
                out.add(new Reading.Candidate(tokens.get(k).lemma(), Polarity.of(scores[i]), !words.get(i).isEmpty(),
                        clause.start(), clause.end(), context, List.copyOf(words.get(i))));
            }
        }
        return out;
    }

    /**
     * A candidate noun said with no opinion of its own anywhere in the review ("My reservation was gone") takes
     * the rating, as the catalogue's words do; it stays without an opinion of its own, which is what makes a
     * noun an aspect ({@link FrequentNouns}).
     */
    private static List<Reading.Candidate> candidatesWithRatingPrior(List<Reading.Candidate> candidates, double rating) {
        Polarity prior = ratingPolarity(rating);
        if (prior == null) return candidates;
        Set<String> opinionated = new HashSet<>();
        for (Reading.Candidate c : candidates) if (c.polarity() != Polarity.NEUTRAL) opinionated.add(c.noun());
        List<Reading.Candidate> out = new ArrayList<>();
        for (Reading.Candidate c : candidates) {
            boolean bare = c.polarity() == Polarity.NEUTRAL && !opinionated.contains(c.noun());
            out.add(bare ? new Reading.Candidate(c.noun(), prior, false, c.start(), c.end(), c.context(), c.words()) : c);
        }
        return out;
    }

    /** Two stars or fewer of five: negative; four or more: positive; else null. Ratings above five are out of ten. */
    private static Polarity ratingPolarity(double rating) {
        double outOfFive = rating > 5 ? rating / 2 : rating;
        return outOfFive <= NEGATIVE_RATING ? Polarity.NEGATIVE : outOfFive >= POSITIVE_RATING ? Polarity.POSITIVE : null;
    }

    /**
     * An aspect named with no opinion word anywhere in the review ("Got an appointment the same week.") takes the
     * review's rating: two stars or fewer of five is a complaint, four or more praise. Ratings above five are
     * read as out of ten.
     */
    private static List<Reading.AspectSentiment> withRatingPrior(List<Reading.AspectSentiment> aspects, double rating) {
        Polarity prior = ratingPolarity(rating);
        if (prior == null) return aspects;
        java.util.Set<String> opinionated = new HashSet<>();
        for (Reading.AspectSentiment a : aspects) if (a.polarity() != Polarity.NEUTRAL) opinionated.add(a.aspect());
        List<Reading.AspectSentiment> out = new ArrayList<>();
        for (Reading.AspectSentiment a : aspects) {
            // A noun of a WordNet family said without an opinion ("asked for oat milk", "the top floor") is not
            // what the rating judges: only the catalogue's own words take it.
            boolean bare = a.polarity() == Polarity.NEUTRAL && !opinionated.contains(a.aspect()) && !a.family();
            out.add(bare ? new Reading.AspectSentiment(a.aspect(), prior, a.start(), a.end(), a.words()) : a);
        }
        return out;
    }

    /** WordNet's families are of English nouns: German reviews are read by the catalogue alone. */
    private static boolean english(String language) {
        return !"de".equals(language);
    }

    /** What a motivation or objection is about: the aspect named after its cue, else the first noun there. */
    private String keyAfter(List<Token> tokens, int after, boolean english) {
        if (after >= tokens.size()) return null;
        List<Token> rest = tokens.subList(after, tokens.size());
        List<AspectCatalogue.Mention> m = catalogue.mentions(rest, english);
        if (!m.isEmpty()) return m.get(0).aspect();
        for (Token t : rest) if (t.noun() && GenericWords.isCandidate(t)) return t.lemma();
        // "bought them for my commute": "commute" may be a verb too; the first word that may be a noun will do.
        for (Token t : rest) if (t.nounReading() && GenericWords.isCandidate(t)) return t.lemma();
        return null;
    }

    /**
     * The mention closest to word {@code index} (ties: the one before it), or -1 when there is none; a word that
     * implies its aspect goes to that aspect's mention.
     */
    private static int nearest(List<AspectCatalogue.Mention> mentions, int index, String implied) {
        int best = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < mentions.size(); i++) {
            AspectCatalogue.Mention m = mentions.get(i);
            if (implied != null && !m.aspect().equals(implied)) continue;
            // An opinion usually follows what it judges ("the battery is poor"); a mention after it is taken only
            // when it is right there ("poor battery") or much closer: distances after count double. A noun of a
            // WordNet family takes an opinion after it, or right before it, only: "rude when I asked for oat milk"
            // is not about the milk.
            int after = m.index() - index;
            if (m.family() && after > 1) continue;
            int distance = index < m.index() ? (after <= 1 ? after : after * 2) : Math.max(0, index - (m.index() + m.length() - 1));
            if (distance < bestDistance) {
                best = i;
                bestDistance = distance;
            }
        }
        return best;
    }
}
