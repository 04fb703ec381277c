package io.copydeck.dsl.plan;

import io.copydeck.dsl.model.Generation;

/**
 * Decoding settings of a job, all set: the channel's `generation` over the campaign's over the
 * built-in defaults. {@code maxTokens} defaults from the field's length limit.
 */
public record Decoding(double temperature, int topK, double topP, double repetitionPenalty, int maxTokens) {
    public static final Decoding BUILT_IN = new Decoding(0.8, 50, 0.95, 1.1, 64);

    /** The first non-null of each setting, from the most specific layer to the least. */
    static Decoding merge(Generation channel, Generation campaign, int defaultMaxTokens) {
        return new Decoding(
                first(channel.temperature(), campaign.temperature(), BUILT_IN.temperature()),
                first(channel.topK(), campaign.topK(), BUILT_IN.topK()),
                first(channel.topP(), campaign.topP(), BUILT_IN.topP()),
                first(channel.repetitionPenalty(), campaign.repetitionPenalty(), BUILT_IN.repetitionPenalty()),
                first(channel.maxTokens(), campaign.maxTokens(), defaultMaxTokens));
    }

    @SafeVarargs
    private static <T> T first(T... values) {
        for (T v : values) {
            if (v != null) return v;
        }
        throw new IllegalStateException("the last layer is never null");
    }
}
