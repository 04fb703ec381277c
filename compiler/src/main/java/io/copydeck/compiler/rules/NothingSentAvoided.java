package io.copydeck.compiler.rules;

import java.util.List;

/**
 * `nothing-sent-avoided`: no avoided phrase anywhere in what is sent, layouts' lines included, not
 * only in the generated fields.
 */
public final class NothingSentAvoided implements AssetRule {
    public static final String ID = "nothing-sent-avoided";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String requirement() {
        return "nothing sent says an avoided phrase";
    }

    @Override
    public List<Finding> check(AssetInput in) {
        return AvoidedPhrase.occurrences(ID, in.sent(), in.channel().avoid());
    }
}
