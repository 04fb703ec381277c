package io.copydeck.compiler.rules;

import io.copydeck.dsl.model.Length;
import java.util.List;

/**
 * `sms-length-as-sent`: a text message is what is sent, opt-out line and all, so its character
 * limit holds for the message as sent, not only for the field; one rule per character limit.
 */
public final class SmsLengthAsSent implements AssetRule {
    public static final String ID = "sms-length-as-sent";

    private final Length limit;

    public SmsLengthAsSent(Length limit) {
        this.limit = limit;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String requirement() {
        return "SMS as sent ≤ " + limit;
    }

    @Override
    public List<Finding> check(AssetInput in) {
        String message = in.sent().strip();
        int chars = message.codePointCount(0, message.length());
        return chars <= limit.count() ? List.of()
                : List.of(Finding.whole(ID, "the message as sent has " + chars + " chars, more than " + limit.count()));
    }
}
