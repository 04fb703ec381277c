package io.copydeck.compiler.rules;

import io.copydeck.dsl.brief.FieldSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** `avoided-phrase`: none of the brand's and the channel's avoided phrases, in any case. */
public final class AvoidedPhrase implements CopyRule {
    public static final String ID = "avoided-phrase";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String requirement(FieldSpec field) {
        return field.name() + " avoids " + quoted(field.avoid());
    }

    @Override
    public List<Finding> check(RuleInput in) {
        return occurrences(ID, in.text(), in.field().avoid());
    }

    /** Every place where one of the phrases occurs in the text, in any case. */
    static List<Finding> occurrences(String ruleId, String text, List<String> phrases) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<Finding> found = new ArrayList<>();
        for (String phrase : phrases) {
            String p = phrase.toLowerCase(Locale.ROOT);
            if (p.isEmpty()) continue;
            for (int at = lower.indexOf(p); at >= 0; at = lower.indexOf(p, at + p.length())) {
                found.add(new Finding(ruleId, "says \"" + phrase + "\"", at, at + p.length()));
            }
        }
        return found;
    }

    static String quoted(List<String> phrases) {
        return phrases.isEmpty() ? "no phrase (none declared)" : "\"" + String.join("\", \"", phrases) + "\"";
    }
}
