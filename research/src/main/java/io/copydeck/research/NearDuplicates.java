package io.copydeck.research;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Whether a review says what an earlier one said, near enough word for word (a repost, a copy with a typo
 * fixed or a word added): MinHash signatures of word pairs, banded for lookup (locality-sensitive hashing),
 * a candidate confirmed when the signatures agree on {@link #MIN_AGREEMENT} of their positions (an estimate of
 * the Jaccard similarity). Memory is bounded: after {@link #capacity} reviews new ones are still checked but no
 * longer remembered.
 */
final class NearDuplicates {
    static final int HASHES = 16;
    static final int BANDS = 4;
    static final int ROWS = HASHES / BANDS;
    /** Signatures agreeing on this share of positions are the same review. */
    static final double MIN_AGREEMENT = 0.75;

    private final int capacity;
    private final Map<Long, Integer> bands = new HashMap<>();
    private final List<int[]> signatures = new ArrayList<>();

    NearDuplicates(int capacity) {
        this.capacity = capacity;
    }

    /** True when the text is a near-duplicate of one seen before; otherwise it is remembered (up to capacity). */
    boolean seen(String text) {
        int[] signature = signature(text);
        for (int b = 0; b < BANDS; b++) {
            Integer earlier = bands.get(bandKey(signature, b));
            if (earlier != null && agreement(signature, signatures.get(earlier)) >= MIN_AGREEMENT) return true;
        }
        if (signatures.size() < capacity) {
            int index = signatures.size();
            signatures.add(signature);
            for (int b = 0; b < BANDS; b++) bands.putIfAbsent(bandKey(signature, b), index);
        }
        return false;
    }

    static int[] signature(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip().split(" ");
        int[] min = new int[HASHES];
        java.util.Arrays.fill(min, Integer.MAX_VALUE);
        int shingles = Math.max(1, words.length - 1);
        for (int i = 0; i < shingles; i++) {
            String shingle = words.length == 1 ? words[0] : words[i] + " " + words[i + 1];
            int h = shingle.hashCode();
            for (int k = 0; k < HASHES; k++) {
                int v = mix(h, k);
                if (v < min[k]) min[k] = v;
            }
        }
        return min;
    }

    private static int mix(int h, int seed) {
        // The murmur3 finaliser over the shingle's hash and a per-position seed: HASHES independent orders.
        int x = h ^ (0x9e3779b9 * (seed + 1));
        x ^= x >>> 16;
        x *= 0x85ebca6b;
        x ^= x >>> 13;
        x *= 0xc2b2ae35;
        x ^= x >>> 16;
        return x;
    }

    private static long bandKey(int[] signature, int band) {
        long key = band;
        for (int r = 0; r < ROWS; r++) key = key * 1_000_003L + signature[band * ROWS + r];
        return key;
    }

    private static double agreement(int[] a, int[] b) {
        int same = 0;
        for (int i = 0; i < HASHES; i++) if (a[i] == b[i]) same++;
        return (double) same / HASHES;
    }
}
