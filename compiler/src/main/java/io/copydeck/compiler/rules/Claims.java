package io.copydeck.compiler.rules;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The factual claims in a text, each with its role: a date, a price, a percentage, a promo code,
 * a bare number, or a percent sign with no number. The same scanner reads the brief's facts and a
 * generated text, so a claim is backed only by a fact of the same role and value: "15" is not
 * backed by "15%", "$2" not by "$2.79", "September 2027" not by "15 September 2027".
 */
final class Claims {
    enum Kind {
        DATE, PRICE, PERCENT, CODE, NUMBER, LONE_PERCENT;

        /** The kind's group in the scanner: regex group names take no underscore. */
        String group() {
            return name().replace("_", "");
        }
    }

    /** One claim: its role, its text as written, and its span. */
    record Claim(Kind kind, String text, int start, int end) {
        /** How claims compare: role and text, case and spacing aside ("$ 2.79" is "$2.79"). */
        String key() {
            return kind + ":" + normalised(text);
        }
    }

    /** A number as written: digits, with inner decimal or thousands separators ("2,79", "1,000", "2027.48"). */
    private static final String AMOUNT = "\\d+(?:[.,]\\d+)*";
    /** Not in the middle of a word or a longer number ("Try10", "2.79" inside "12.79"). */
    private static final String STANDALONE = "(?<![\\p{L}\\p{N}.,])";
    private static final Map<Locale, Pattern> PATTERNS = new ConcurrentHashMap<>();

    private Claims() {}

    /** The claims of the text, left to right; months are read in English and in the campaign's language. */
    static List<Claim> in(String text, Locale locale) {
        List<Claim> claims = new ArrayList<>();
        Matcher m = PATTERNS.computeIfAbsent(locale, Claims::pattern).matcher(text);
        while (m.find()) {
            for (Kind kind : Kind.values()) {
                if (m.group(kind.group()) != null) {
                    claims.add(new Claim(kind, m.group().strip(), m.start(), m.end()));
                    break;
                }
            }
        }
        return claims;
    }

    /**
     * One scanner, the roles in order of precedence where they start at the same place: a date
     * takes its day and year ("31 October 2027", "March 31, 2027", "31. Oktober 2027"), a price its
     * currency (a currency sign, or an ISO code after the amount), a percentage its sign; a code is a
     * word in capitals with digits ("SPRING20"); any other number is a bare number.
     */
    private static Pattern pattern(Locale locale) {
        Set<String> months = new LinkedHashSet<>();
        for (Locale l : List.of(Locale.ENGLISH, locale)) {
            for (Month month : Month.values()) months.add(Pattern.quote(month.getDisplayName(TextStyle.FULL, l)));
        }
        String month = "(?<![\\p{L}])(?:" + String.join("|", months) + ")(?![\\p{L}])";
        return Pattern.compile(
                "(?<DATE>(?:" + STANDALONE + "\\d{1,2}\\.?[ \\u00a0])?" + month
                        + "(?:[ \\u00a0]\\d{1,2}(?![\\p{N}]))?(?:,?[ \\u00a0]\\d{4}(?![\\p{N}]))?)"
                        + "|(?<PRICE>\\p{Sc}[ \\u00a0]?" + AMOUNT + "|" + STANDALONE + AMOUNT
                        + "[ \\u00a0]?(?:\\p{Sc}|[A-Z]{3}(?![\\p{L}])))"
                        + "|(?<PERCENT>" + STANDALONE + AMOUNT + "[ \\u00a0]?%)"
                        + "|(?<CODE>(?<![\\p{L}\\p{N}])\\p{Lu}{2,}[\\p{Lu}\\p{N}]*\\p{N}[\\p{Lu}\\p{N}]*(?![\\p{L}\\p{N}]))"
                        + "|(?<NUMBER>" + STANDALONE + AMOUNT + "(?![\\p{L}\\p{N}]))"
                        + "|(?<LONEPERCENT>%)");
    }

    private static String normalised(String text) {
        StringBuilder s = new StringBuilder();
        text.toLowerCase(Locale.ROOT).codePoints().filter(c -> !Character.isSpaceChar(c) && !Character.isWhitespace(c))
                .forEach(s::appendCodePoint);
        return s.toString();
    }
}
