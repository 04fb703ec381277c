package io.copydeck.models.generate;

import java.util.List;

/**
 * One text to generate. The seed drives this request's own random stream, so the result does not
 * depend on which other requests share its batch.
 */
public record GenerationRequest(String prompt, SamplingSettings settings, long seed,
    List<String> bannedPhrases, List<String> stopSequences, int maxNewTokens) {

  public GenerationRequest {
    if (prompt == null) {
      throw new IllegalArgumentException("prompt must not be null");
    }
    if (maxNewTokens <= 0) {
      throw new IllegalArgumentException("max new tokens must be positive, got " + maxNewTokens);
    }
    bannedPhrases = List.copyOf(bannedPhrases);
    stopSequences = List.copyOf(stopSequences);
  }

  public static GenerationRequest of(String prompt, SamplingSettings settings, long seed, int maxNewTokens) {
    return new GenerationRequest(prompt, settings, seed, List.of(), List.of(), maxNewTokens);
  }
}
