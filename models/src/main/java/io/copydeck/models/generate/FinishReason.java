package io.copydeck.models.generate;

/** Why a row stopped. */
public enum FinishReason {
  /** The model produced end-of-text. */
  END_OF_TEXT,
  /** The text reached one of the request's stop sequences: text is cut before it, tokenIds keep the tokens that formed it. */
  STOP_SEQUENCE,
  /** maxNewTokens were generated. */
  MAX_TOKENS,
  /** The context window (n_positions) is full. */
  CONTEXT_FULL
}
