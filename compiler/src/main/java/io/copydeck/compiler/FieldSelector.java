package io.copydeck.compiler;

import io.copydeck.dsl.brief.FieldSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Picks a field's text among its candidates: each is cleaned and checked against the hard
 * rules; of those that pass, the likeliest per token wins (earlier candidates win ties), except
 * that a text another variant of the same field already took, or one cut mid-sentence to fit,
 * is taken only when nothing better passes. When none passes, the result says which rule failed
 * most, so the error is actionable.
 */
public final class FieldSelector {
    /** The chosen text (null when none passed), its checks, and why none passed otherwise. */
    public record Selection(String field, String text, List<ConstraintCheck> checks, String failure, boolean cut,
                            boolean repeated) {
        public boolean ok() { return text != null; }

        /** A whole text was chosen, not one cut mid-sentence to fit: worth another round when it was not. */
        public boolean whole() { return ok() && !cut; }

        /** Good enough to stop generating for: whole, and not the text of another variant. */
        public boolean settled() { return whole() && !repeated; }
    }

    /** How two variants' texts compare: case, spacing and punctuation aside. */
    public static String sameness(String text) {
        return text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private final FieldRules rules;

    public FieldSelector(FieldRules rules) {
        this.rules = rules;
    }

    public Selection select(String field, List<RawCompletion> candidates, FieldSpec constraints, boolean singleLine,
                            FactsRule facts) {
        return select(field, candidates, constraints, singleLine, facts, java.util.Set.of());
    }

    /** @param taken the texts earlier variants of this field chose, by {@link #sameness} */
    public Selection select(String field, List<RawCompletion> candidates, FieldSpec constraints, boolean singleLine,
                            FactsRule facts, java.util.Set<String> taken) {
        String best = null;
        boolean bestCut = false;
        boolean bestRepeated = false;
        List<ConstraintCheck> bestChecks = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        Map<String, Integer> failures = new LinkedHashMap<>();
        for (RawCompletion raw : candidates) {
            // A sentence stating a price, code or name no fact backs goes; the layout states the real offer.
            // A garbled product name becomes the real one first ("Shop Morning Sencha Duo" → "Shop Desk Duo").
            String cleaned = TextCleaner.dropSentences(
                    facts.repairNames(TextCleaner.clean(raw.text(), singleLine, raw.complete())),
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
            // Likelihood per token; another variant's text comes after every fresh one, and a text
            // cut mid-sentence is a last resort, after every whole one.
            boolean repeated = taken.contains(sameness(text));
            double score = raw.logProb() / Math.max(1, raw.tokens()) - (repeated ? 100 : 0)
                    - (fitted != null && fitted.cutMidSentence() ? 1000 : 0);
            if (score > bestScore) {
                best = text;
                bestCut = fitted != null && fitted.cutMidSentence();
                bestRepeated = repeated;
                bestChecks = checks;
                bestScore = score;
            }
        }
        if (best != null) return new Selection(field, best, bestChecks, null, bestCut, bestRepeated);
        List<String> reasons = new ArrayList<>();
        failures.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> reasons.add(e.getKey() + " (failed by " + e.getValue() + " of " + candidates.size() + ")"));
        return new Selection(field, null, List.of(), "no candidate met every rule: " + String.join("; ", reasons), false,
                false);
    }
}
