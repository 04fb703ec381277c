package io.copydeck.models.generate;

import java.util.Arrays;
import java.util.Comparator;

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
    Integer[] order = new Integer[logits.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble((Integer i) -> probs[i]).reversed());
    double cumulative = 0;
    int keep = 0;
    while (keep < order.length && cumulative < p) {
      cumulative += probs[order[keep]];
      keep++;
    }
    for (int r = keep; r < order.length; r++) {
      logits[order[r]] = Float.NEGATIVE_INFINITY;
    }
  }
}
