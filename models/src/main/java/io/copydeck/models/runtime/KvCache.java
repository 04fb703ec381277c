package io.copydeck.models.runtime;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.List;

/**
 * The keys and values of every past position, one [B, H, S, hd] tensor each per layer, kept as
 * TensorFlow tensors between decode steps so the cache is never copied into Java arrays. Owns the
 * NDManager of the step that produced it; closing it frees that step's tensors.
 */
public final class KvCache implements AutoCloseable {
  private final NDManager manager;
  private final List<NDArray> keys;
  private final List<NDArray> values;
  private final int length;

  KvCache(NDManager manager, List<NDArray> keys, List<NDArray> values, int length) {
    this.manager = manager;
    this.keys = keys;
    this.values = values;
    this.length = length;
  }

  List<NDArray> keys() {
    return keys;
  }

  List<NDArray> values() {
    return values;
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
