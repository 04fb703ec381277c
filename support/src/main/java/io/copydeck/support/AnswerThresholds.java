package io.copydeck.support;

/**
 * When the best fact answers a question. Two regions: it holds at least {@code minCoverage} of the
 * question's terms (idf-weighed, filler words left out, {@link FactIndex.Hit#coverage}) with a BM25 score
 * of at least {@code minScore}; or it matches strongly (score at least {@code strongScore}) and holds
 * at least {@code strongMinCoverage}: a question that names the fact's rare words ("locker overnight")
 * may wrap them in words no fact has ("can I leave my bag"). The score alone cannot tell "how much is
 * Harbour Chai" from "is Harbour Chai good for dogs" (both match the product's name strongly); coverage
 * alone cannot tell a one-word question that happens to match from one that matches well.
 *
 * <p>The defaults were set on the development questions ({@code examples/support/questions/dev-*.jsonl})
 * and then measured, unchanged, on the held-out ones ({@code test-*.jsonl}); both in docs/support.md.
 */
public record AnswerThresholds(double minScore, double minCoverage, double strongScore, double strongMinCoverage) {
    public static final AnswerThresholds DEFAULT = new AnswerThresholds(2.0, 0.5, 6.0, 0.35);

    public boolean answers(FactIndex.Hit hit) {
        return (hit.score() >= minScore && hit.coverage() >= minCoverage)
                || (hit.score() >= strongScore && hit.coverage() >= strongMinCoverage);
    }
}
