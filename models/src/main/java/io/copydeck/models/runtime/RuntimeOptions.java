package io.copydeck.models.runtime;

import java.nio.file.Path;

/**
 * How to run a model: device ("auto", "cpu", "gpu"), CPU threads for TensorFlow's intra-op pool
 * (0 = all cores), XLA JIT on or off, the SavedModel cache folder and the weights' precision.
 */
public record RuntimeOptions(String device, int threads, boolean xla, Path cacheRoot, Precision precision) {
  public static RuntimeOptions defaults() {
    return new RuntimeOptions("auto", 0, false, Gpt2Importer.defaultCacheRoot(), Precision.F32);
  }

  public RuntimeOptions withDevice(String d) {
    return new RuntimeOptions(d, threads, xla, cacheRoot, precision);
  }

  public RuntimeOptions withThreads(int t) {
    return new RuntimeOptions(device, t, xla, cacheRoot, precision);
  }

  public RuntimeOptions withXla(boolean x) {
    return new RuntimeOptions(device, threads, x, cacheRoot, precision);
  }

  public RuntimeOptions withCacheRoot(Path p) {
    return new RuntimeOptions(device, threads, xla, p, precision);
  }

  public RuntimeOptions withPrecision(Precision p) {
    return new RuntimeOptions(device, threads, xla, cacheRoot, p);
  }
}
