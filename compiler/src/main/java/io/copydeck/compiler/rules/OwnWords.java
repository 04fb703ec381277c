package io.copydeck.compiler.rules;

import io.copydeck.dsl.brief.FieldSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * `own-words`: a text that carries required phrases (the must-includes, the SMS opt-out line) says
 * at least two words of its own besides them. "Reply STOP to opt out." alone is compliance, not
 * copy: the model must say something too.
 */
public final class OwnWords implements CopyRule {
    public static final String ID = "own-words";
    private static final int AT_LEAST = 2;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String requirement(FieldSpec field) {
        return field.name() + " says more than its required phrases";
    }

    @Override
    public List<Finding> check(RuleInput in) {
        String rest = in.text().toLowerCase(Locale.ROOT);
        boolean carriesOne = false;
        for (String phrase : required(in)) {
            if (phrase.isEmpty() || !rest.contains(phrase)) continue;
            carriesOne = true;
            rest = rest.replace(phrase, " ");
        }
        if (!carriesOne || Words.count(rest) >= AT_LEAST) return List.of();
        return List.of(Finding.whole(ID, "nothing but the required phrases"));
    }

    /** The must-includes and the opt-out line of the brief's language, lowercase, without their final stop. */
    private static List<String> required(RuleInput in) {
        List<String> all = new ArrayList<>(in.field().mustInclude());
        all.add(SmsOptOut.line(in.brief()));
        return all.stream().map(p -> p.toLowerCase(Locale.ROOT).strip()).map(OwnWords::withoutFinalStop).toList();
    }

    private static String withoutFinalStop(String phrase) {
        return phrase.endsWith(".") || phrase.endsWith("!") ? phrase.substring(0, phrase.length() - 1) : phrase;
    }
}
