package io.copydeck.models.generate;

import java.util.BitSet;

/**
 * CTRL's repetition penalty: every token the row has already generated has a positive logit
 * divided by the penalty and a negative one multiplied by it. Unlike Hugging Face, the prompt's
 * tokens do not count: copy restates its brief (product names, benefits, codes) on purpose, and
 * penalising the brief's words pushes the model away from the facts it must repeat.
 */
public record RepetitionPenalty(double penalty) implements LogitsProcessor {
  public RepetitionPenalty {
    if (!(penalty > 0)) {
      throw new IllegalArgumentException("repetition penalty must be > 0, got " + penalty);
    }
  }

  @Override
  public void process(float[] logits, TokenHistory history) {
    BitSet seen = new BitSet(logits.length);
    for (int i = history.size() - history.generatedCount(); i < history.size(); i++) {
      int t = history.get(i);
      if (t < 0 || t >= logits.length || seen.get(t)) {
        continue;
      }
      seen.set(t);
      logits[t] = logits[t] > 0 ? (float) (logits[t] / penalty) : (float) (logits[t] * penalty);
    }
  }
}
