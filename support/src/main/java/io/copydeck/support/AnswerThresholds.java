package io.copydeck.support;

/**
 * When the best fact answers a question: its BM25 score is at least {@code minScore} and it holds at
 * least {@code minCoverage} of the question's terms (what the question asks about, filler words left
 * out). The score alone cannot tell "how much is Harbour Chai" from "is Harbour Chai good for dogs"
 * (both match the product's name strongly); coverage alone cannot tell a one-word question that happens
 * to match from one that matches well. The defaults were set on the development questions
 * ({@code examples/support/questions/dev-*.jsonl}) and checked on held-out ones ({@code docs/support.md}).
 */
public record AnswerThresholds(double minScore, double minCoverage) {
    public static final AnswerThresholds DEFAULT = new AnswerThresholds(2.0, 0.6);

    public boolean answers(FactIndex.Hit hit) {
        return hit.score() >= minScore && hit.coverage() >= minCoverage;
    }
}
