package io.copydeck.research;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Aspects found in the reviews themselves, after Hu and Liu (2004), "Mining and Summarizing Customer Reviews":
 * a noun the catalogue lacks becomes an aspect of its own, named by the noun ("car", "counter", "reservation"),
 * when it is frequent (in at least {@link #MIN_SHARE} of the analysed reviews, and {@link #MIN_REVIEWS}) and
 * customers judge it (an opinion word of its clause went to it in at least {@link #MIN_OPINION_REVIEWS}
 * reviews: a noun that is only ever named, "kids", "email", is not what reviews are about). A product's own
 * name (the product column) is not an aspect of it.
 */
final class FrequentNouns {
    static final int MIN_REVIEWS = 3;
    static final double MIN_SHARE = 0.01;
    static final int MIN_OPINION_REVIEWS = 2;
    /** Aspects found at most, the most frequent: the findings stay a summary however many nouns a file has. */
    static final int MAX_ASPECTS = 30;

    private FrequentNouns() {}

    /** The nouns that are aspects, most reviews first (ties by name). */
    static List<String> select(Map<String, Tally.CandidateTally> candidates, int reviews, Set<String> productNames) {
        int minimum = Math.max(MIN_REVIEWS, (int) Math.ceil(MIN_SHARE * reviews));
        List<Map.Entry<String, Tally.CandidateTally>> chosen = new ArrayList<>();
        for (Map.Entry<String, Tally.CandidateTally> e : candidates.entrySet()) {
            Tally.CandidateTally t = e.getValue();
            if (t.tally.any >= minimum && t.opinionated >= MIN_OPINION_REVIEWS && !productNames.contains(e.getKey())) {
                chosen.add(e);
            }
        }
        chosen.sort(Comparator.<Map.Entry<String, Tally.CandidateTally>>comparingInt(e -> e.getValue().tally.any)
                .reversed().thenComparing(Map.Entry::getKey));
        return chosen.stream().limit(MAX_ASPECTS).map(Map.Entry::getKey).toList();
    }
}
