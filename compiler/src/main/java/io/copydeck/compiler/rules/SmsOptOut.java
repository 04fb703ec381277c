package io.copydeck.compiler.rules;

import io.copydeck.dsl.brief.Brief;
import io.copydeck.dsl.schema.Compliance;
import java.util.List;

/**
 * `sms-opt-out`: a text message tells its reader how to opt out (the law in most markets): the
 * keyword {@link Compliance#OPT_OUT_KEYWORD} as a word in capitals. The line that says so in the
 * campaign's language is {@link #line}; the assembler adds it where the copy carries none.
 */
public final class SmsOptOut implements AssetRule {
    public static final String ID = "sms-opt-out";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String requirement() {
        return "SMS carries an opt-out (" + Compliance.OPT_OUT_KEYWORD + ")";
    }

    @Override
    public List<Finding> check(AssetInput in) {
        return carries(in.sent()) ? List.of()
                : List.of(Finding.whole(ID, "no \"" + Compliance.OPT_OUT_KEYWORD + "\" in what is sent"));
    }

    /** Whether the text carries the opt-out keyword as a word of its own: "Reply STOP", not "unSTOPpable". */
    public static boolean carries(String text) {
        String keyword = Compliance.OPT_OUT_KEYWORD;
        for (int at = text.indexOf(keyword); at >= 0; at = text.indexOf(keyword, at + 1)) {
            int end = at + keyword.length();
            boolean alone = (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                    && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
            if (alone) return true;
        }
        return false;
    }

    /** The opt-out line in the brief's language: "Reply STOP to opt out." */
    public static String line(Brief brief) {
        return brief.phrases().word("opt_out");
    }
}
