package io.copydeck.models.generate;

import java.util.Arrays;

/** Keeps the k most likely tokens (ties at the k-th value are kept too). */
public record TopK(int k) implements LogitsProcessor {
  public TopK {
    if (k <= 0) {
      throw new IllegalArgumentException("top-k must be positive, got " + k);
    }
  }

  @Override
  public void process(float[] logits, TokenHistory history) {
    if (k >= logits.length) {
      return;
    }
    float[] sorted = logits.clone();
    Arrays.sort(sorted);
    float threshold = sorted[sorted.length - k];
    for (int i = 0; i < logits.length; i++) {
      if (logits[i] < threshold) {
        logits[i] = Float.NEGATIVE_INFINITY;
      }
    }
  }
}
