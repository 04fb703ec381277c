package io.copydeck.models.generate;

/** Forbids end-of-text until at least {@code min} tokens have been generated. */
public record MinNewTokens(int min, int eosTokenId) implements LogitsProcessor {
  @Override
  public void process(float[] logits, TokenHistory history) {
    if (history.generatedCount() < min) {
      LogitsProcessor.ban(logits, eosTokenId);
    }
  }
}
