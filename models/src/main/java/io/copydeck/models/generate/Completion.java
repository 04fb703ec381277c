package io.copydeck.models.generate;

/**
 * A generated text. tokenIds are the generated tokens (end-of-text excluded); logProb is the summed
 * log-probability of every token chosen (end-of-text included when the row ended there) under the
 * model's unmodified distribution, useful to rank candidates.
 */
public record Completion(String text, int[] tokenIds, double logProb, FinishReason finishReason) {}
