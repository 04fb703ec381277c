package io.copydeck.compiler;

import io.copydeck.compiler.rules.CopyRules;
import io.copydeck.compiler.rules.Facts;
import io.copydeck.compiler.rules.RuleInput;
import io.copydeck.dsl.brief.Brief;
import io.copydeck.dsl.brief.FieldSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Places a must-include text the model did not write: appended to the asset's main text field,
 * cutting the model's text back to a sentence or word boundary when that is what makes room. A
 * promo code reads "Use code SPRING20." in the campaign's language; other texts go in as written.
 * The field must still meet every rule of {@link CopyRules}. Returns empty when no field can take it.
 */
public final class MustIncludePlacement {
    /** Fields that carry running text, in the order a reader meets them. */
    private static final List<String> MAIN_TEXT = List.of("text", "body", "caption", "primary_text", "description",
            "hero_subtitle", "intro", "preheader");

    private final CopyRules rules;

    public MustIncludePlacement(CopyRules rules) {
        this.rules = rules;
    }

    public Optional<Map<String, String>> place(List<String> required, Facts facts, Map<String, String> fields,
                                               Map<String, FieldSpec> specs) {
        String all = addition(required, facts.brief());
        for (String field : MAIN_TEXT) {
            String text = fields.get(field);
            if (text == null) continue;
            FieldSpec spec = specs.get(field);
            String joined = joinSentence(text, all);
            if (!meetsRules(joined, spec, facts)) {
                // Make room: cut the model's text back to a sentence (or word) so that both fit.
                TextCleaner.Fitted room = TextCleaner.fit(text, t -> rules.withinLimits(joinSentence(t, all), spec));
                if (room == null) continue;
                joined = joinSentence(room.text(), all);
            }
            if (meetsRules(joined, spec, facts)) {
                Map<String, String> placed = new LinkedHashMap<>(fields);
                placed.put(field, joined);
                return Optional.of(placed);
            }
        }
        return Optional.empty();
    }

    /** The texts to add as one: the promo code as "Use code AUTUMN15.", the rest as written. */
    private static String addition(List<String> required, Brief brief) {
        String code = brief.promo() == null ? null : brief.promo().code();
        String addition = "";
        for (String r : required) {
            String piece = r.equalsIgnoreCase(code == null ? "" : code) ? brief.phrases().word("use_code") + " " + r + "." : r;
            addition = addition.isEmpty() ? piece : joinSentence(addition, piece);
        }
        return addition;
    }

    private boolean meetsRules(String text, FieldSpec spec, Facts facts) {
        return CopyRules.allHardOk(rules.check(new RuleInput(text, spec, facts)));
    }

    static String joinSentence(String text, String addition) {
        String t = text.strip();
        if (t.isEmpty()) return addition;
        char last = t.charAt(t.length() - 1);
        boolean ended = ".!?…".indexOf(last) >= 0;
        return t + (ended ? " " : ". ") + addition;
    }
}
