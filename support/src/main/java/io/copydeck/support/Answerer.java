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
    private static final int CANDIDATES = 5;

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
        FactIndex.Hit best = hits.get(0);
        if (!thresholds.answers(best)) return handoff(question, best.score());
        AnswerFact fact = best.fact();
        String text = phrasing.phrase(fact).orElse(fact.text());
        return new Answer(question, true, text, List.of(fact.id()), best.score());
    }

    private Answer handoff(String question, double score) {
        return new Answer(question, false, catalogue.handoff(), List.of(), score);
    }
}
