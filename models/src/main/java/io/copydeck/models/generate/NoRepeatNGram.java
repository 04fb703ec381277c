package io.copydeck.models.generate;

/**
 * Bans any token that would repeat an n-gram the row has already generated. The prompt does not
 * count (unlike Hugging Face): restating the brief's three-token product name is the job, looping is not.
 */
public record NoRepeatNGram(int n) implements LogitsProcessor {
  public NoRepeatNGram {
    if (n <= 0) {
      throw new IllegalArgumentException("no-repeat n-gram size must be positive, got " + n);
    }
  }

  @Override
  public void process(float[] logits, TokenHistory history) {
    int size = history.size();
    int first = size - history.generatedCount();
    if (size - first < n - 1) {
      return;
    }
    // The n-1 most recent tokens; every earlier occurrence of them in the generated text bans the token that followed.
    int start = size - (n - 1);
    for (int i = first; i + n - 1 < size; i++) {
      boolean same = true;
      for (int j = 0; j < n - 1; j++) {
        if (history.get(i + j) != history.get(start + j)) {
          same = false;
          break;
        }
      }
      if (same) {
        LogitsProcessor.ban(logits, history.get(i + n - 1));
      }
    }
  }
}
