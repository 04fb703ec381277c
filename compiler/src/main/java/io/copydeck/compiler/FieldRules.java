package io.copydeck.compiler;

import io.copydeck.dsl.text.TextMeasure;
import io.copydeck.dsl.model.Length;
import io.copydeck.dsl.brief.FieldSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The hard rules a field's text must meet, checked independently of how the text was made:
 * not empty, within every length limit, no avoided phrase in any case, no looping repetition.
 */
public final class FieldRules {
    private final TextMeasure measure;

    public FieldRules(TextMeasure measure) {
        this.measure = measure;
    }

    /** The hard rules, plus: every price, percentage and code in the text is one of the job's facts. */
    public List<ConstraintCheck> check(String field, String text, FieldSpec constraints, FactsRule facts) {
        List<ConstraintCheck> checks = check(field, text, constraints);
        List<String> unbacked = facts.unbacked(text);
        checks.add(new ConstraintCheck(field + " states only computed prices and codes"
                + (unbacked.isEmpty() ? "" : " (not: " + String.join(", ", unbacked) + ")"), unbacked.isEmpty(), true));
        return checks;
    }

    public List<ConstraintCheck> check(String field, String text, FieldSpec constraints) {
        List<ConstraintCheck> checks = new ArrayList<>();
        checks.add(new ConstraintCheck(field + " is not empty", !text.isBlank(), true));
        for (Length limit : constraints.limits()) {
            checks.add(new ConstraintCheck(field + " ≤ " + limit, measure.fits(text, limit), true));
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (String phrase : constraints.avoid()) {
            checks.add(new ConstraintCheck(field + " avoids \"" + phrase + "\"",
                    !lower.contains(phrase.toLowerCase(Locale.ROOT)), true));
        }
        checks.add(new ConstraintCheck(field + " does not repeat itself", !repeats(text), true));
        String own = withoutRequiredPhrases(text, constraints);
        if (!own.equals(text)) {
            // "Reply STOP to opt out." alone is compliance, not copy: the model must say something too.
            checks.add(new ConstraintCheck(field + " says more than its required phrases", wordCount(own) >= 2, true));
        }
        return checks;
    }

    /** The text less the must-include phrases and the SMS opt-out, in any case. */
    static String withoutRequiredPhrases(String text, FieldSpec constraints) {
        String rest = text;
        List<String> required = new ArrayList<>(constraints.mustInclude());
        required.add(AssetVerifier.OPT_OUT);
        for (String phrase : required) {
            rest = rest.replaceAll("(?iu)" + java.util.regex.Pattern.quote(phrase), " ");
        }
        return rest;
    }

    private static int wordCount(String text) {
        String letters = text.replaceAll("[^\\p{L}\\p{N}\\s]", " ").strip();
        return letters.isEmpty() ? 0 : letters.split("\\s+").length;
    }

    public boolean withinLimits(String text, FieldSpec constraints) {
        for (Length limit : constraints.limits()) {
            if (!measure.fits(text, limit)) return false;
        }
        return true;
    }

    public static boolean allHardOk(List<ConstraintCheck> checks) {
        return checks.stream().allMatch(c -> c.ok() || !c.hard());
    }

    /** A word trigram seen twice, or a word four times in a row, is the model looping. */
    static boolean repeats(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\s]", " ").strip().split("\\s+");
        Set<String> trigrams = new HashSet<>();
        int run = 1;
        for (int i = 0; i < words.length; i++) {
            if (i > 0 && words[i].equals(words[i - 1]) && !words[i].isEmpty()) {
                if (++run >= 4) return true;
            } else {
                run = 1;
            }
            if (i >= 2) {
                String t = words[i - 2] + " " + words[i - 1] + " " + words[i];
                if (!trigrams.add(t)) return true;
            }
        }
        return false;
    }
}
