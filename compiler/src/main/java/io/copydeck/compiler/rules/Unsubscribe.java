package io.copydeck.compiler.rules;

import java.util.List;
import java.util.Locale;

/** `unsubscribe`: an email says how to unsubscribe, in the campaign's language ("Unsubscribe", "Abmelden"). */
public final class Unsubscribe implements AssetRule {
    public static final String ID = "unsubscribe";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String requirement() {
        return "carries an unsubscribe line";
    }

    @Override
    public List<Finding> check(AssetInput in) {
        String word = in.brief().phrases().word("unsubscribe");
        return in.sent().toLowerCase(Locale.ROOT).contains(word.toLowerCase(Locale.ROOT)) ? List.of()
                : List.of(Finding.whole(ID, "no \"" + word + "\" in what is sent"));
    }
}
