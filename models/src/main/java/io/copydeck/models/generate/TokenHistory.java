package io.copydeck.models.generate;

import java.util.Arrays;

/** The tokens of one row so far: its prompt followed by what has been generated. */
public final class TokenHistory {
  private int[] tokens;
  private int size;
  private final int promptLength;

  public TokenHistory(int[] prompt) {
    this.tokens = Arrays.copyOf(prompt, prompt.length + 16);
    this.size = prompt.length;
    this.promptLength = prompt.length;
  }

  public void append(int token) {
    if (size == tokens.length) {
      tokens = Arrays.copyOf(tokens, size * 2);
    }
    tokens[size++] = token;
  }

  public int size() {
    return size;
  }

  public int get(int i) {
    return tokens[i];
  }

  public int generatedCount() {
    return size - promptLength;
  }

  public int[] generated() {
    return Arrays.copyOfRange(tokens, promptLength, size);
  }

  /** True when the last {@code len} tokens equal the first {@code len} tokens of {@code seq}. */
  boolean endsWith(int[] seq, int len) {
    if (len > size) {
      return false;
    }
    for (int i = 0; i < len; i++) {
      if (tokens[size - len + i] != seq[i]) {
        return false;
      }
    }
    return true;
  }
}
