package io.copydeck.compiler;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers are computed, never generated: every price, percentage and promo code in a generated
 * text must be one the interpreter computed for this job (they all sit in its data model). A
 * model that invents "$2.99" or "WELCOME20" has its candidate rejected, not published.
 */
public final class FactsRule {
    private static final Pattern CLAIMED = Pattern.compile(
            "[$£€¥]\\s?\\d[\\d.,]*\\d|[$£€¥]\\s?\\d"                 // $2.79, £10, € 5
                    + "|\\d[\\d.,]*\\d?\\s?(?:€|%|USD|EUR|GBP)"      // 2,79 €, 20%, 3.49 USD
                    + "|\\b[A-Z]{2,}[A-Z0-9]*\\d+[A-Z0-9]*\\b");    // SPRING20
    private final String facts;

    private FactsRule(String facts) {
        this.facts = facts;
    }

    /** The facts of a job: every string and number in its data model, flattened. */
    public static FactsRule of(Map<String, Object> data) {
        StringBuilder s = new StringBuilder();
        flatten(data, s);
        return new FactsRule(s.toString().toLowerCase(Locale.ROOT).replace('\u00a0', ' '));
    }

    private static void flatten(Object o, StringBuilder s) {
        if (o instanceof Map<?, ?> m) m.values().forEach(v -> flatten(v, s));
        else if (o instanceof List<?> l) l.forEach(v -> flatten(v, s));
        else if (o != null) s.append(o).append('\n');
    }

    /** The prices, percentages and codes in {@code text} that no fact backs; empty when all are backed. */
    public List<String> unbacked(String text) {
        List<String> bad = new ArrayList<>();
        Matcher m = CLAIMED.matcher(text);
        while (m.find()) {
            String claim = m.group().strip();
            if (!facts.contains(claim.toLowerCase(Locale.ROOT).replace('\u00a0', ' '))) bad.add(claim);
        }
        return bad;
    }
}
