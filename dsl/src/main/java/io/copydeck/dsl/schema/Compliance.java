package io.copydeck.dsl.schema;

import java.util.List;

/**
 * What every asset of a channel kind carries whatever the copy says, and the files it is written
 * as: an SMS its opt-out (the law in most markets), an email the brand's legal footer and an
 * unsubscribe line. The layouts render these lines; the verifier checks them on what is sent.
 */
public record Compliance(boolean optOut, boolean legalFooter, boolean unsubscribe, List<String> outputs) {
    public Compliance {
        outputs = List.copyOf(outputs);
    }

    /** The word a recipient answers to opt out of text messages, in every language Copydeck writes. */
    public static final String OPT_OUT_KEYWORD = "STOP";
}
