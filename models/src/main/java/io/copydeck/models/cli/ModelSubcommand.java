package io.copydeck.models.cli;

import io.copydeck.models.ModelException;
import io.copydeck.models.runtime.Gpt2Importer;
import io.copydeck.models.runtime.Precision;
import io.copydeck.models.runtime.RuntimeOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Shared options and error handling: a {@link ModelException} or a bad argument is a user
 * mistake, printed as one line on stderr with exit code 1, never as a stack trace.
 */
abstract class ModelSubcommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--device", defaultValue = "auto", description = "auto, cpu or gpu (default: ${DEFAULT-VALUE})")
  String device;

  @Option(names = "--threads", defaultValue = "0", description = "TensorFlow CPU threads, 0 = all cores")
  int threads;

  @Option(names = "--xla", description = "compile the graph with XLA's JIT")
  boolean xla;

  @Option(names = "--cache-dir", description = "SavedModel cache (default: ~/.cache/copydeck/models)")
  Path cacheDir;

  @Option(names = "--precision", defaultValue = "F32",
      description = "matmul weights: F32 (exact) or BF16 (faster on CPUs with bfloat16, ~1e-2 error)")
  Precision precision;

  RuntimeOptions options() {
    return new RuntimeOptions(device, threads, xla, cacheDir != null ? cacheDir : Gpt2Importer.defaultCacheRoot(),
        precision);
  }

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  @Override
  public final Integer call() throws Exception {
    try {
      return run();
    } catch (ModelException | IllegalArgumentException e) {
      spec.commandLine().getErr().println("error: " + e.getMessage());
      return 1;
    }
  }

  abstract int run() throws Exception;
}
