package io.copydeck.models.generate;

/** Divides logits by the temperature: below 1 sharpens the distribution, above 1 flattens it. */
public record Temperature(double value) implements LogitsProcessor {
  public Temperature {
    if (!(value > 0)) {
      throw new IllegalArgumentException("temperature must be > 0 (use greedy decoding for 0), got " + value);
    }
  }

  @Override
  public void process(float[] logits, TokenHistory history) {
    float inv = (float) (1.0 / value);
    for (int i = 0; i < logits.length; i++) {
      logits[i] *= inv;
    }
  }
}
