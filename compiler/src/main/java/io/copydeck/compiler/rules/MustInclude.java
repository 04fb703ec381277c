package io.copydeck.compiler.rules;

import java.util.List;
import java.util.Locale;

/** `must-include`: one of the channel's must-include texts is in what is sent, in any case; one rule per text. */
public final class MustInclude implements AssetRule {
    public static final String ID = "must-include";

    private final String phrase;

    public MustInclude(String phrase) {
        this.phrase = phrase;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String requirement() {
        return "includes \"" + phrase + "\"";
    }

    @Override
    public List<Finding> check(AssetInput in) {
        return in.sent().toLowerCase(Locale.ROOT).contains(phrase.toLowerCase(Locale.ROOT)) ? List.of()
                : List.of(Finding.whole(ID, "\"" + phrase + "\" is not in what is sent"));
    }
}
