package io.copydeck.models.train;

/**
 * One training sequence: prompt tokens followed by completion tokens. Only the completion is
 * learned (the prompt is given at generation time), so the loss covers positions whose target
 * index is at least {@code promptLength}.
 *
 * @param ids prompt + completion token ids
 * @param promptLength how many of {@code ids} belong to the prompt
 */
public record Example(int[] ids, int promptLength) {
  public Example {
    if (promptLength < 1 || promptLength >= ids.length) {
      throw new IllegalArgumentException("an example needs at least one prompt and one completion token");
    }
  }

  /** Number of (input, target) pairs the sequence gives: its length minus one. */
  public int inputLength() {
    return ids.length - 1;
  }
}
