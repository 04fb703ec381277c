package io.copydeck.models.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * How to pick tokens. temperature 0 means greedy (argmax); topK 0 and topP 1 switch those filters
 * off; repetitionPenalty 1 and noRepeatNgramSize 0 likewise.
 */
public record SamplingSettings(double temperature, int topK, double topP, double repetitionPenalty,
    int noRepeatNgramSize, int minNewTokens) {

  public SamplingSettings {
    if (temperature < 0) {
      throw new IllegalArgumentException("temperature must be >= 0, got " + temperature);
    }
    if (topK < 0) {
      throw new IllegalArgumentException("top-k must be >= 0, got " + topK);
    }
    if (!(topP > 0 && topP <= 1)) {
      throw new IllegalArgumentException("top-p must be in (0, 1], got " + topP);
    }
    if (!(repetitionPenalty > 0)) {
      throw new IllegalArgumentException("repetition penalty must be > 0, got " + repetitionPenalty);
    }
    if (noRepeatNgramSize < 0 || minNewTokens < 0) {
      throw new IllegalArgumentException("no-repeat n-gram size and min new tokens must be >= 0");
    }
  }

  public static SamplingSettings greedy() {
    return new SamplingSettings(0, 0, 1, 1, 0, 0);
  }

  /** Sensible defaults for marketing copy: some variety, no loops. */
  public static SamplingSettings defaults() {
    return new SamplingSettings(0.8, 50, 0.95, 1.1, 3, 0);
  }

  public boolean isGreedy() {
    return temperature == 0;
  }

  /**
   * The processors in the order Hugging Face applies them: penalties and bans on the raw logits,
   * then temperature, then the top-k/top-p filters.
   */
  public List<LogitsProcessor> processors(int eosTokenId, List<LogitsProcessor> bans) {
    List<LogitsProcessor> ps = new ArrayList<>();
    if (repetitionPenalty != 1) {
      ps.add(new RepetitionPenalty(repetitionPenalty));
    }
    if (noRepeatNgramSize > 0) {
      ps.add(new NoRepeatNGram(noRepeatNgramSize));
    }
    if (minNewTokens > 0) {
      ps.add(new MinNewTokens(minNewTokens, eosTokenId));
    }
    ps.addAll(bans);
    if (!isGreedy()) {
      ps.add(new Temperature(temperature));
      if (topK > 0) {
        ps.add(new TopK(topK));
      }
      if (topP < 1) {
        ps.add(new TopP(topP));
      }
    }
    return ps;
  }
}
