package io.copydeck.models.generate;

import java.util.Arrays;

/**
 * Nucleus sampling: keeps the smallest set of most likely tokens whose probabilities sum to at
 * least p (the most likely token always stays).
 */
public record TopP(double p) implements LogitsProcessor {
  public TopP {
    if (!(p > 0 && p <= 1)) {
      throw new IllegalArgumentException("top-p must be in (0, 1], got " + p);
    }
  }

  @Override
  public void process(float[] logits, TokenHistory history) {
    if (p >= 1) {
      return;
    }
    double[] probs = Softmax.probabilities(logits);
    // Sort only the tokens still allowed (after top-k usually a few dozen), as primitive longs:
    // high 32 bits order by probability, low 32 bits carry the token id.
    long[] keys = new long[logits.length];
    int n = 0;
    for (int i = 0; i < logits.length; i++) {
      if (probs[i] > 0) {
        keys[n++] = ((long) Float.floatToIntBits((float) probs[i]) << 32) | i;
      }
    }
    keys = Arrays.copyOf(keys, n);
    Arrays.sort(keys); // ascending; positive floats sort like their bit patterns
    double cumulative = 0;
    int r = n - 1;
    while (r >= 0 && cumulative < p) {
      cumulative += probs[(int) keys[r]];
      r--;
    }
    for (; r >= 0; r--) {
      logits[(int) keys[r]] = Float.NEGATIVE_INFINITY;
    }
  }
}
