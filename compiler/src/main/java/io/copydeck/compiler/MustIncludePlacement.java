package io.copydeck.compiler;

import io.copydeck.dsl.brief.FieldSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Places a must-include text the model did not write: appended to the asset's main text field,
 * cutting the model's text back to a sentence or word boundary when that is what makes room. A promo code reads "Use code SPRING20."; other texts go
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

    public Optional<Map<String, String>> place(List<String> required, String promoCode, Map<String, String> fields,
                                               Map<String, FieldSpec> constraints) {
        String addition = "";
        for (String r : required) {
            String piece = r.equalsIgnoreCase(promoCode == null ? "" : promoCode) ? "Use code " + r + "." : r;
            addition = addition.isEmpty() ? piece : joinSentence(addition, piece);
        }
        String all = addition;
        for (String field : MAIN_TEXT) {
            String text = fields.get(field);
            if (text == null) continue;
            FieldSpec c = constraints.get(field);
            String joined = joinSentence(text, all);
            if (!FieldRules.allHardOk(rules.check(field, joined, c))) {
                // Make room: cut the model's text back to a sentence (or word) so that both fit.
                TextCleaner.Fitted room = TextCleaner.fit(text, t -> rules.withinLimits(joinSentence(t, all), c));
                if (room == null) continue;
                joined = joinSentence(room.text(), all);
            }
            if (FieldRules.allHardOk(rules.check(field, joined, c))) {
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
