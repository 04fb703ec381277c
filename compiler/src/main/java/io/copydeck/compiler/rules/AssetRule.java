package io.copydeck.compiler.rules;

import java.util.List;

/** A rule a finished asset must meet, checked on what is sent. {@link CopyRules} lists every one. */
public interface AssetRule {
    String id();

    /** What the rule asks, as a person reads it: `includes "AUTUMN15"`. */
    String requirement();

    List<Finding> check(AssetInput in);
}
