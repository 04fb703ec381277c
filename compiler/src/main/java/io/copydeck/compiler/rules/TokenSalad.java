package io.copydeck.compiler.rules;

import io.copydeck.dsl.brief.FieldSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * `token-salad`: a word with capitals or digits after lowercase ("cupESH15", "Try10"), or a word
 * with digits glued on after a point ("discount.99", "E7.39": a price's cents with no price) is
 * tokens glued together, and can hide an invented number; unless the brief itself has the word.
 * "iPhone" (one capital), "SPRING20" (a code, for {@link ComputedFacts}) and "30-second" are words.
 */
public final class TokenSalad implements CopyRule {
    public static final String ID = "token-salad";
    private static final Pattern GARBLED_WORD = Pattern.compile("\\b\\p{L}*\\p{Ll}(?:\\p{Lu}{2,}|\\p{N})[\\p{L}\\p{N}]*"
            + "|\\b\\p{L}[\\p{L}\\p{N}]*[.,]\\p{N}+(?![\\p{L}\\p{N}])");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String requirement(FieldSpec field) {
        return field.name() + " has no garbled words";
    }

    @Override
    public List<Finding> check(RuleInput in) {
        List<Finding> found = new ArrayList<>();
        Matcher g = GARBLED_WORD.matcher(in.text());
        while (g.find()) {
            if (!in.facts().words().contains(g.group().toLowerCase(Locale.ROOT))) {
                found.add(new Finding(ID, "\"" + g.group() + "\" is no word", g.start(), g.end()));
            }
        }
        return found;
    }

    @Override
    public Optional<String> repair(RuleInput in) {
        return dropSentencesWithFindings(in);
    }
}
