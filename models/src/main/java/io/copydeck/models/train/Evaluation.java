package io.copydeck.models.train;

import java.util.List;

/**
 * Mean per-token negative log-likelihood of completion tokens and its perplexity (exp of it),
 * weighted by tokens across batches, so the figure does not depend on how the set was batched.
 */
public record Evaluation(double loss, long targets) {
  public double perplexity() {
    return Math.exp(loss);
  }

  public static Evaluation of(TrainingGraph graph, List<Batch> batches) {
    double sum = 0;
    long n = 0;
    for (Batch b : batches) {
      sum += graph.nllSum(b);
      n += b.targetIds().length;
    }
    return new Evaluation(n == 0 ? Double.NaN : sum / n, n);
  }
}
