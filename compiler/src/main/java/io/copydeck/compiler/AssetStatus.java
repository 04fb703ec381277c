package io.copydeck.compiler;

import java.util.Locale;

/** generated: every hard rule met; approved: text kept from copydeck.lock; failed: no candidate could meet the rules. */
public enum AssetStatus {
    GENERATED, APPROVED, FAILED;

    public String word() { return name().toLowerCase(Locale.ROOT); }
}
