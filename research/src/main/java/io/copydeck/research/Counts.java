package io.copydeck.research;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts of words or keys, bounded: when {@link #limit} keys are held, those seen once are let go (the
 * long tail of a big file), so a million distinct typos cannot fill the memory.
 */
final class Counts {
    private final int limit;
    private final Map<String, Integer> counts = new HashMap<>();

    Counts(int limit) {
        this.limit = limit;
    }

    void add(String key) {
        if (counts.size() >= limit && !counts.containsKey(key)) counts.values().removeIf(c -> c <= 1);
        if (counts.size() >= limit && !counts.containsKey(key)) return;
        counts.merge(key, 1, Integer::sum);
    }

    /** The most frequent keys that start with {@code prefix}, without it, most first (ties: alphabetically). */
    List<String> top(int n, String prefix) {
        return counts.entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
                .sorted(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue).reversed()
                        .thenComparing(Map.Entry::getKey))
                .limit(n).map(e -> e.getKey().substring(prefix.length())).toList();
    }

    /** The most frequent keys, most first (ties: alphabetically). */
    List<String> top(int n) {
        return counts.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue).reversed()
                        .thenComparing(Map.Entry::getKey))
                .limit(n).map(Map.Entry::getKey).toList();
    }
}
