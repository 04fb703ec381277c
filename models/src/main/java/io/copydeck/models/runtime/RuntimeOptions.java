package io.copydeck.models.runtime;

import java.nio.file.Path;

/**
 * How to run a model: device ("auto", "cpu", "gpu"), CPU threads for TensorFlow's intra-op pool
 * (0 = all cores), XLA JIT on or off, and the SavedModel cache folder.
 */
public record RuntimeOptions(String device, int threads, boolean xla, Path cacheRoot) {
  public static RuntimeOptions defaults() {
    return new RuntimeOptions("auto", 0, false, Gpt2Importer.defaultCacheRoot());
  }

  public RuntimeOptions withDevice(String d) {
    return new RuntimeOptions(d, threads, xla, cacheRoot);
  }

  public RuntimeOptions withThreads(int t) {
    return new RuntimeOptions(device, t, xla, cacheRoot);
  }

  public RuntimeOptions withXla(boolean x) {
    return new RuntimeOptions(device, threads, x, cacheRoot);
  }

  public RuntimeOptions withCacheRoot(Path p) {
    return new RuntimeOptions(device, threads, xla, p);
  }
}
