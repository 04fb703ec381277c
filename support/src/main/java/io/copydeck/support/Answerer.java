package io.copydeck.support;

import java.util.List;

/**
 * Answers customers' questions from one catalogue: retrieval first (the best fact by BM25,
 * {@link FactIndex}), then the decision ({@link AnswerThresholds}: score and coverage), then the words
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
    private final AnswerThresholds thresholds;
    private final Phrasing phrasing;

    public Answerer(FactCatalogue catalogue, AnswerThresholds thresholds, Phrasing phrasing) {
        this.catalogue = catalogue;
        this.index = new FactIndex(catalogue);
        this.thresholds = thresholds;
        this.phrasing = phrasing;
    }

    public FactCatalogue catalogue() {
        return catalogue;
    }

    public Answer answer(String question) {
        String asked = question.length() > MOST_QUESTION_CHARS ? question.substring(0, MOST_QUESTION_CHARS) : question;
        List<FactIndex.Hit> hits = index.search(asked, CANDIDATES);
        if (hits.isEmpty()) return handoff(question, 0);
        FactIndex.Hit best = best(hits);
        if (!thresholds.answers(best)) return handoff(question, best.score());
        AnswerFact fact = best.fact();
        String text = phrasing.phrase(fact).orElse(fact.text());
        return new Answer(question, true, text, List.of(fact.id()), best.score());
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
