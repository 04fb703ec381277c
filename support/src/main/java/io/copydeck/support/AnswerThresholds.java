package io.copydeck.support;

/**
 * When the best fact answers a question: it holds at least {@code minCoverage} of the question's terms
 * (idf-weighed, filler and neutral words left out, {@link FactIndex.Hit#coverage}), and its BM25 score
 * times that coverage is at least {@code minConfidence}. The score alone cannot tell "how much is Harbour
 * Chai" from "is Harbour Chai good for dogs" (both match the product's name strongly); coverage alone
 * cannot tell a question that matches a fact's rare words ("locker overnight") from one that matches a
 * common one; their product can, with a floor on coverage so that a strong match on one word of a
 * question about something else is never enough.
 *
 * <p>A fact that holds every term of the question (coverage 1: nothing asked about is missing from it)
 * needs only {@code minFullConfidence}: a short question ("Do I need my own padlock?", "Can we pay by
 * invoice?") has one or two terms, so its BM25 score is low however well they match, and a question
 * about something undeclared always has a term no fact holds.
 *
 * <p>The coverage and confidence floors were set on the development questions
 * ({@code examples/support/questions/dev-*.jsonl}); the full-coverage floor on the dev, test and
 * holdout2 questions (all seen by then), and measured, unchanged, on holdout3 and, after round 4's
 * WordNet relatives ({@link MatchWeights}), on the blind holdout4; all in docs/support.md.
 */
public record AnswerThresholds(double minCoverage, double minConfidence, double minFullConfidence) {
    public static final AnswerThresholds DEFAULT = new AnswerThresholds(0.35, 2.5, 1.2);

    /** A coverage this close to 1 is full (the idf-weighed sums are floating point). */
    static final double FULL = 1 - 1e-9;

    public AnswerThresholds(double minCoverage, double minConfidence) {
        this(minCoverage, minConfidence, minConfidence);
    }

    public boolean answers(FactIndex.Hit hit) {
        if (hit.coverage() < minCoverage) return false;
        double confidence = hit.score() * hit.coverage();
        return confidence >= (hit.coverage() >= FULL ? minFullConfidence : minConfidence);
    }
}
