package io.copydeck.compiler;

/**
 * What the model wrote, before cleaning. {@code complete} is false when it ran out of tokens
 * (the last sentence is then probably cut); {@code logProb} is the summed log-probability.
 */
public record RawCompletion(String text, double logProb, int tokens, boolean complete) {}
