package io.copydeck.compiler;

import io.copydeck.dsl.plan.Constraints;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Places a must-include text the model did not write: appended to the asset's main text field
 * when it still fits every limit there. A promo code reads "Use code SPRING20."; other texts go
 * in as written. Returns empty when no field can take it.
 */
public final class MustIncludePlacement {
    /** Fields that carry running text, in the order a reader meets them. */
    private static final List<String> MAIN_TEXT = List.of("text", "body", "caption", "primary_text", "description",
            "hero_subtitle", "intro", "preheader");

    private final FieldRules rules;

    public MustIncludePlacement(FieldRules rules) {
        this.rules = rules;
    }

    public Optional<Map<String, String>> place(String required, String promoCode, Map<String, String> fields,
                                               Map<String, Constraints> constraints) {
        String addition = required.equalsIgnoreCase(promoCode == null ? "" : promoCode)
                ? "Use code " + required + "." : required;
        for (String field : MAIN_TEXT) {
            String text = fields.get(field);
            if (text == null) continue;
            String joined = joinSentence(text, addition);
            if (FieldRules.allHardOk(rules.check(field, joined, constraints.get(field)))) {
                Map<String, String> placed = new LinkedHashMap<>(fields);
                placed.put(field, joined);
                return Optional.of(placed);
            }
        }
        return Optional.empty();
    }

    static String joinSentence(String text, String addition) {
        String t = text.strip();
        if (t.isEmpty()) return addition;
        char last = t.charAt(t.length() - 1);
        boolean ended = ".!?…".indexOf(last) >= 0;
        return t + (ended ? " " : ". ") + addition;
    }

    static boolean contains(String haystack, String needle) {
        return haystack.toLowerCase(Locale.ROOT).contains(needle.toLowerCase(Locale.ROOT));
    }
}
