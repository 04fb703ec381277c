package io.copydeck.cli.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Distinct-2 (Li et al. 2016): distinct word bigrams over all word bigrams of a set of texts. 1.0 when
 * no bigram repeats, near 1/n when n variants say the same. Words are runs of letters, digits and
 * apostrophes, in lower case; a bigram never spans two texts.
 */
public final class Distinct2 {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'’]+");

    private Distinct2() {}

    /** Distinct-2 of the texts taken together; NaN when they have no bigram. */
    public static double of(List<String> texts) {
        Set<String> distinct = new HashSet<>();
        int all = 0;
        for (String text : texts) {
            Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
            String previous = null;
            while (m.find()) {
                if (previous != null) {
                    distinct.add(previous + " " + m.group());
                    all++;
                }
                previous = m.group();
            }
        }
        return all == 0 ? Double.NaN : (double) distinct.size() / all;
    }
}
