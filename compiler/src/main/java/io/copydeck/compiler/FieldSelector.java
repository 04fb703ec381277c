package io.copydeck.compiler;

import io.copydeck.dsl.plan.Constraints;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Picks a field's text among its candidates: each is cleaned and checked against the hard
 * rules; of those that pass, the likeliest per token wins (earlier candidates win ties). When
 * none passes, the result says which rule failed most, so the error is actionable.
 */
public final class FieldSelector {
    /** The chosen text (null when none passed), its checks, and why none passed otherwise. */
    public record Selection(String field, String text, List<ConstraintCheck> checks, String failure, boolean cut) {
        public boolean ok() { return text != null; }

        /** A whole text was chosen, not one cut mid-sentence to fit: worth another round when it was not. */
        public boolean whole() { return ok() && !cut; }
    }

    private final FieldRules rules;

    public FieldSelector(FieldRules rules) {
        this.rules = rules;
    }

    public Selection select(String field, List<RawCompletion> candidates, Constraints constraints, boolean singleLine,
                            FactsRule facts) {
        String best = null;
        boolean bestCut = false;
        List<ConstraintCheck> bestChecks = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        Map<String, Integer> failures = new LinkedHashMap<>();
        for (RawCompletion raw : candidates) {
            // A sentence stating a price, code or name no fact backs goes; the layout states the real offer.
            // A garbled product name becomes the real one first ("Shop Morning Sencha Duo" → "Shop Desk Duo").
            String cleaned = TextCleaner.dropSentences(
                    facts.repairProductName(TextCleaner.clean(raw.text(), singleLine, raw.complete())),
                    sentence -> !facts.unbacked(sentence).isEmpty());
            // Too long? Cut back to a sentence end, or a word, that fits every limit.
            TextCleaner.Fitted fitted = TextCleaner.fit(cleaned, t -> rules.withinLimits(t, constraints));
            String text = fitted == null ? cleaned : fitted.text();
            List<ConstraintCheck> checks = rules.check(field, text, constraints, facts);
            if (!FieldRules.allHardOk(checks)) {
                checks.stream().filter(c -> !c.ok() && c.hard())
                        .forEach(c -> failures.merge(c.rule().replaceFirst(" \\(not: .*\\)$", ""), 1, Integer::sum));
                continue;
            }
            // Likelihood per token; a text cut mid-sentence is a last resort, after every whole one.
            double score = raw.logProb() / Math.max(1, raw.tokens()) - (fitted != null && fitted.cutMidSentence() ? 1000 : 0);
            if (score > bestScore) {
                best = text;
                bestCut = fitted != null && fitted.cutMidSentence();
                bestChecks = checks;
                bestScore = score;
            }
        }
        if (best != null) return new Selection(field, best, bestChecks, null, bestCut);
        List<String> reasons = new ArrayList<>();
        failures.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> reasons.add(e.getKey() + " (failed by " + e.getValue() + " of " + candidates.size() + ")"));
        return new Selection(field, null, List.of(), "no candidate met every rule: " + String.join("; ", reasons), false);
    }
}
