package io.copydeck.dsl.model;


/** Decoding settings; null means "not set here", so layers (channel over campaign over built-in) can merge. */
public record Generation(Double temperature, Integer topK, Double topP, Double repetitionPenalty,
                         Integer maxTokens, Long seed, Where where) {
    public static final Generation NONE = new Generation(null, null, null, null, null, null, Where.NOWHERE);
}
