package io.copydeck.support;

/**
 * When a question's meaning ({@link MeaningIndex}) decides beside its words ({@link AnswerThresholds}).
 * The words keep the first say: a fact they answer with is the answer, unless the question means another
 * fact clearly more ({@code override} closer than the words' fact and {@code margin} closer than any other
 * fact: "what's the price of the swiss cheese plant" is the Monstera's price, not its description). A
 * question the words hand off is answered by its closest fact when that is close ({@code alone}) and
 * clearly the closest ({@code margin}), or nearly as close ({@code withWords}) and the words find it too,
 * holding at least {@code wordsCoverage} of the question's terms, or when it stands out from every other
 * fact by {@code standsOut} standard deviations ({@link MeaningIndex.Reading#standing}: "Is my Bupa plan
 * accepted at your practice?" is not very close to the insurance policy, 0.44, but far closer than to
 * anything else). And a fact the words nearly answer with (its coverage at the words' floor, its
 * confidence at least {@code confirmedConfidence}, under their 2.5) answers when the meaning ranks it
 * among its {@code confirmedRank} closest: "I have terrible toothache, can I be seen today?" (2.41: the
 * adjective no fact holds costs it coverage). Otherwise it is handed off.
 *
 * <p>Meaning alone cannot tell an undeclared thing from a declared one like it ("Is there a steam room?"
 * lies as close to the showers faq as "where can I leave my car" does to the parking policy), so these
 * floors are where no unanswerable question of the seen sets is answered that the words hand off
 * ({@code standsOut} just above the most any of them stands out, 3.63: the floor most likely to let a new
 * one through).
 * Set by a small grid on the seen sets (dev, test, holdout2, holdout3, holdout4; docs/support.md, round
 * 5), the words' thresholds unchanged; measured once on the blind holdout5.
 */
record MeaningThresholds(double alone, double margin, double withWords, double wordsCoverage, double standsOut,
                         double confirmedConfidence, int confirmedRank, double override) {
    static final MeaningThresholds DEFAULT = new MeaningThresholds(0.5, 0.05, 0.45, 0.3, 3.7, 2.0, 5, 0.15);
}
