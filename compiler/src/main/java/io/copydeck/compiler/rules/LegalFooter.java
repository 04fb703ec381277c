package io.copydeck.compiler.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** `legal-footer`: every line of the brand's legal footer is in what is sent, as declared. */
public final class LegalFooter implements AssetRule {
    public static final String ID = "legal-footer";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String requirement() {
        return "carries the legal footer";
    }

    @Override
    public List<Finding> check(AssetInput in) {
        String sent = in.sent().toLowerCase(Locale.ROOT);
        List<Finding> missing = new ArrayList<>();
        for (String line : in.brief().brand().legalLines()) {
            if (!sent.contains(line.toLowerCase(Locale.ROOT))) {
                missing.add(Finding.whole(ID, "the legal line \"" + line + "\" is not in what is sent"));
            }
        }
        return missing;
    }
}
