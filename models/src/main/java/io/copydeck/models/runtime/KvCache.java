package io.copydeck.models.runtime;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;

/**
 * The keys and values of every past position, [L, 2, B, H, S, hd], kept as a TensorFlow tensor
 * between decode steps so the cache is never copied into Java arrays. Owns the NDManager of the
 * step that produced it; closing it frees that step's tensors.
 */
public final class KvCache implements AutoCloseable {
  private final NDManager manager;
  private final NDArray keysValues;
  private final int length;

  KvCache(NDManager manager, NDArray keysValues, int length) {
    this.manager = manager;
    this.keysValues = keysValues;
    this.length = length;
  }

  NDArray keysValues() {
    return keysValues;
  }

  /** Number of cached positions S (padding included). */
  public int length() {
    return length;
  }

  @Override
  public void close() {
    manager.close();
  }
}
