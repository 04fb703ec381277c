package io.copydeck.models.train;

/**
 * nanoGPT's schedule: linear warm-up from 0 to {@code peak} over {@code warmup} steps, then cosine
 * decay to {@code min} at {@code total} steps (and {@code min} after that).
 */
public record LearningRateSchedule(double peak, double min, int warmup, int total) {
  public double at(long step) {
    if (step < warmup) {
      return peak * (step + 1) / warmup;
    }
    if (step >= total) {
      return min;
    }
    double progress = (double) (step - warmup) / Math.max(1, total - warmup);
    return min + 0.5 * (1 + Math.cos(Math.PI * progress)) * (peak - min);
  }
}
