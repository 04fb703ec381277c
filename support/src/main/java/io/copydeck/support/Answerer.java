package io.copydeck.support;

import java.util.List;
import java.util.Optional;

/**
 * Answers customers' questions from one catalogue: retrieval first (the best fact by BM25,
 * {@link FactIndex}, and the closest by meaning, {@link MeaningIndex}), then the decision
 * ({@link AnswerThresholds}: score and coverage; {@link MeaningThresholds}: closeness), then the words
 * ({@link Phrasing}, or the fact's own). A question no fact answers well enough gets the spec's handoff
 * text and no sources. The question is data: it is searched, never obeyed, and never reaches a prompt.
 * Thread-safe when its phrasing is.
 */
public final class Answerer {
    /** A question longer than this is read by its first characters (serve refuses longer ones outright). */
    public static final int MOST_QUESTION_CHARS = 1000;
    private static final int CANDIDATES = 10;

    private final FactCatalogue catalogue;
    private final FactIndex index;
    private final MeaningIndex meaning;
    private final AnswerThresholds thresholds;
    private final MeaningThresholds meaningThresholds;
    private final Phrasing phrasing;

    /** An answerer that reads a question by its words and, in English, by its meaning ({@link SentenceMeaning#of}). */
    public Answerer(FactCatalogue catalogue, AnswerThresholds thresholds, Phrasing phrasing) {
        this(catalogue, thresholds, phrasing, SentenceMeaning.of(catalogue.language()));
    }

    /** With {@link SentenceMeaning#NONE}, by its words alone (BM25), as before round 5. */
    public Answerer(FactCatalogue catalogue, AnswerThresholds thresholds, Phrasing phrasing, SentenceMeaning meaning) {
        this.catalogue = catalogue;
        this.index = new FactIndex(catalogue);
        this.meaning = new MeaningIndex(catalogue, meaning);
        this.thresholds = thresholds;
        this.meaningThresholds = MeaningThresholds.DEFAULT;
        this.phrasing = phrasing;
    }

    public FactCatalogue catalogue() {
        return catalogue;
    }

    public Answer answer(String question) {
        String asked = question.length() > MOST_QUESTION_CHARS ? question.substring(0, MOST_QUESTION_CHARS) : question;
        List<FactIndex.Hit> hits = index.search(asked, CANDIDATES);
        Optional<FactIndex.Hit> byWords = hits.isEmpty() ? Optional.empty() : Optional.of(best(hits));
        Optional<AnswerFact> chosen = choose(hits, byWords, meaning.read(asked));
        if (chosen.isEmpty()) return handoff(question, byWords.map(FactIndex.Hit::score).orElse(0.0));
        AnswerFact fact = AskedForPrice.priceOf(chosen.get(), asked, catalogue).orElse(chosen.get());
        String text = phrasing.phrase(fact).orElse(fact.text());
        return new Answer(question, true, text, List.of(fact.id()), score(hits, fact));
    }

    /**
     * The fact that answers, or none: the words' best fact when it passes their thresholds, unless the
     * question clearly means another; else the closest fact by meaning when it is close enough, alone or
     * with the words' support, or stands out from the rest; or the words' fact, nearly confident, when the
     * meaning confirms it ({@link MeaningThresholds}). Either way the answer is a declared fact.
     */
    private Optional<AnswerFact> choose(List<FactIndex.Hit> hits, Optional<FactIndex.Hit> byWords, MeaningIndex.Reading reading) {
        boolean wordsAnswer = byWords.isPresent() && thresholds.answers(byWords.get());
        if (reading.isEmpty()) return wordsAnswer ? Optional.of(byWords.get().fact()) : Optional.empty();
        MeaningIndex.Similar closest = reading.best();
        boolean clearly = reading.margin() >= meaningThresholds.margin();
        if (wordsAnswer) {
            AnswerFact words = byWords.get().fact();
            boolean meansAnother = !closest.fact().equals(words) && clearly
                    && closest.similarity() - reading.similarity(words.id()) >= meaningThresholds.override();
            return Optional.of(meansAnother ? closest.fact() : words);
        }
        if (closest.similarity() >= meaningThresholds.alone() && clearly) return Optional.of(closest.fact());
        if (closest.similarity() >= meaningThresholds.withWords()
                && coverage(hits, closest.fact()) >= meaningThresholds.wordsCoverage()) {
            return Optional.of(closest.fact());
        }
        if (reading.standing() >= meaningThresholds.standsOut()) return Optional.of(closest.fact());
        if (byWords.isPresent() && confirmed(byWords.get(), reading)) return Optional.of(byWords.get().fact());
        return Optional.empty();
    }

    /** The words' fact, just under their confidence floor, that the meaning ranks among its closest. */
    private boolean confirmed(FactIndex.Hit words, MeaningIndex.Reading reading) {
        return words.coverage() >= thresholds.minCoverage()
                && words.score() * words.coverage() >= meaningThresholds.confirmedConfidence()
                && reading.rank(words.fact()) < meaningThresholds.confirmedRank();
    }

    /** The fact's coverage among the words' candidates; 0 when BM25 did not find it. */
    private static double coverage(List<FactIndex.Hit> hits, AnswerFact fact) {
        return hits.stream().filter(h -> h.fact().equals(fact)).mapToDouble(FactIndex.Hit::coverage).findFirst().orElse(0);
    }

    /** The answer's score: the cited fact's BM25 score, 0 when only its meaning found it. */
    private static double score(List<FactIndex.Hit> hits, AnswerFact fact) {
        return hits.stream().filter(h -> h.fact().equals(fact)).mapToDouble(FactIndex.Hit::score).findFirst().orElse(0);
    }

    /**
     * Of the candidates, the one with the highest score weighed by coverage squared: BM25 alone prefers a short
     * fact that says one asked-for word often ("A checkup takes 20 minutes" for "do you take Denplan"),
     * coverage prefers the fact that holds what is asked about. The first among equals.
     */
    static FactIndex.Hit best(List<FactIndex.Hit> hits) {
        FactIndex.Hit best = hits.get(0);
        for (FactIndex.Hit h : hits) {
            if (weight(h) > weight(best)) best = h;
        }
        // A question that names only the thing ("what is in the Kickstart Pack?") asks what it is: of the
        // facts that cover it as well, its overview, unless that matches far worse. One that asks about
        // more ("does the snake plant need a lot of light?", "light" is no overview's topic) asks that.
        for (FactIndex.Hit h : hits) {
            if (FactCatalogue.overview(h.fact().id()) && h.onlyTopic() && h != best && h.coverage() >= best.coverage() - 1e-9
                    && h.score() >= OVERVIEW_SCORE_SHARE * best.score()) {
                return h;
            }
        }
        return best;
    }

    /** How much lower than the best an overview's score may be and still be preferred (equal coverage). */
    static final double OVERVIEW_SCORE_SHARE = 0.5;

    /** Coverage counts twice: a fact that holds every asked-for word beats one that says one of them often. */
    private static double weight(FactIndex.Hit h) {
        return h.score() * h.coverage() * h.coverage();
    }

    private Answer handoff(String question, double score) {
        return new Answer(question, false, catalogue.handoff(), List.of(), score);
    }
}
