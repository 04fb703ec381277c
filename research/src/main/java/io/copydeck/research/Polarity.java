package io.copydeck.research;

/** What a clause says of an aspect. */
enum Polarity {
    POSITIVE, NEGATIVE, NEUTRAL;

    /** Weights summing to more than this either way are an opinion; less is a neutral mention. */
    static final double THRESHOLD = 0.3;

    static Polarity of(double score) {
        return score > THRESHOLD ? POSITIVE : score < -THRESHOLD ? NEGATIVE : NEUTRAL;
    }

    String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
