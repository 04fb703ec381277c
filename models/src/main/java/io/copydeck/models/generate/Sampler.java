package io.copydeck.models.generate;

import java.util.SplittableRandom;

/** Picks the next token: argmax when greedy, else a draw from softmax(logits) with the row's own RNG. */
final class Sampler {
  private Sampler() {}

  static int argmax(float[] logits) {
    int best = 0;
    for (int i = 1; i < logits.length; i++) {
      if (logits[i] > logits[best]) {
        best = i;
      }
    }
    return best;
  }

  static int sample(float[] logits, SplittableRandom rng) {
    double[] p = Softmax.probabilities(logits);
    double u = rng.nextDouble();
    double cumulative = 0;
    int last = -1;
    for (int i = 0; i < p.length; i++) {
      if (p[i] == 0) {
        continue;
      }
      cumulative += p[i];
      last = i;
      if (u < cumulative) {
        return i;
      }
    }
    return last >= 0 ? last : argmax(logits); // rounding left u above the total
  }
}
