package io.copydeck.models.generate;

/**
 * One rule that reshapes the next-token logits of a row before sampling (HF calls these logits
 * processors). Processors compose in a list; a banned token is set to negative infinity.
 */
@FunctionalInterface
public interface LogitsProcessor {
  void process(float[] logits, TokenHistory history);

  static void ban(float[] logits, int token) {
    if (token >= 0 && token < logits.length) {
      logits[token] = Float.NEGATIVE_INFINITY;
    }
  }
}
