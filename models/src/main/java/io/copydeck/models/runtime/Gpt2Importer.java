package io.copydeck.models.runtime;

import io.copydeck.models.Checksums;
import io.copydeck.models.Gpt2Config;
import io.copydeck.models.Gpt2Weights;
import io.copydeck.models.ModelException;
import io.copydeck.models.ModelFolder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Properties;
import java.util.stream.Stream;
import org.tensorflow.Graph;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.Session;

/**
 * Turns a Hugging Face GPT-2 folder into a TensorFlow SavedModel (graph from {@link Gpt2Graph},
 * weights as variables) once per model: the SavedModel lives under {@code <cache>/<key>/}
 * ({@code <key>-bf16/} for bfloat16 weights), where the key covers everything the SavedModel is
 * made of — the weights' sha256, config.json's network shape, the graph version and this
 * importer's version — so that an edited config.json with the same weights is imported again
 * instead of silently running the old network. Before any import or reuse the config is checked
 * against the weights file's header, so a config that does not fit its weights is a clear error.
 */
public final class Gpt2Importer {
  static final String MANIFEST = "copydeck-import.properties";
  /** Bump when what the importer writes changes (not the graph: that is {@link Gpt2Graph#VERSION}). */
  static final int IMPORTER_VERSION = 2;

  /**
   * Where a SavedModel was found or built (its folder is named by the cache key), and whether this
   * call built it; {@code sha256} is the weights' checksum, the model's identity in provenance.
   */
  public record Imported(Path savedModel, String sha256, boolean built, long millis) {}

  private Gpt2Importer() {}

  /** -Dcopydeck.model.cache, else $COPYDECK_MODEL_CACHE, else ~/.cache/copydeck/models. */
  public static Path defaultCacheRoot() {
    String p = System.getProperty("copydeck.model.cache", System.getenv("COPYDECK_MODEL_CACHE"));
    if (p != null && !p.isBlank()) {
      return Path.of(p);
    }
    return Path.of(System.getProperty("user.home"), ".cache", "copydeck", "models");
  }

  public static Imported importFolder(ModelFolder folder, Path cacheRoot) {
    return importFolder(folder, cacheRoot, Precision.F32);
  }

  public static Imported importFolder(ModelFolder folder, Path cacheRoot, Precision precision) {
    long start = System.nanoTime();
    Gpt2Weights.checkFits(folder.weights(), folder.config());
    String sha = folder.weightsSha256();
    String key = cacheKey(sha, folder.config());
    Path target = cacheDir(cacheRoot, key, precision);
    if (isCurrent(target, key, precision)) {
      return new Imported(target, sha, false, (System.nanoTime() - start) / 1_000_000);
    }
    Gpt2Weights weights = Gpt2Weights.read(folder.weights(), folder.config());
    try {
      Files.createDirectories(cacheRoot);
      Path tmp = Files.createTempDirectory(cacheRoot, key.substring(0, 12) + ".tmp");
      export(weights, tmp, precision);
      writeManifest(tmp, sha, key, folder, precision);
      deleteTree(target);
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target);
      }
    } catch (IOException e) {
      throw new ModelException(cacheRoot + ": cannot write the SavedModel cache: " + e.getMessage(), e);
    }
    return new Imported(target, sha, true, (System.nanoTime() - start) / 1_000_000);
  }

  /** The cache key of a model: sha256 over the weights' checksum, the config, the graph and importer versions. */
  public static String cacheKey(String weightsSha256, Gpt2Config config) {
    String made = "weights " + weightsSha256 + "\nconfig " + config.toJson() + "graph " + Gpt2Graph.VERSION
        + "\nimporter " + IMPORTER_VERSION + "\n";
    return Checksums.sha256(made.getBytes(StandardCharsets.UTF_8));
  }

  /** Where the SavedModel of a cache key lives. */
  public static Path cacheDir(Path cacheRoot, String key, Precision precision) {
    return cacheRoot.resolve(key + precision.cacheSuffix());
  }

  /** Builds the graph, loads the weights into it and writes a SavedModel with its signatures. */
  public static void export(Gpt2Weights weights, Path dir, Precision precision) throws IOException {
    TensorFlowRuntime.engine(); // loads the JNI library before any org.tensorflow class
    Gpt2Config c = weights.config();
    try (Graph g = new Graph()) {
      Gpt2Graph model = Gpt2Graph.build(g, c, precision);
      try (Session s = new Session(g)) {
        model.assign(s, weights);
        SavedModelBundle.exporter(dir.toString())
            .withSession(s)
            .withSignature(model.forward())
            .withSignature(model.decode())
            .withSignature(model.keepRows())
            .export();
      }
    }
  }

  static boolean isCurrent(Path dir, String key, Precision precision) {
    Path manifest = dir.resolve(MANIFEST);
    if (!Files.isRegularFile(manifest) || !Files.isRegularFile(dir.resolve("saved_model.pb"))) {
      return false;
    }
    Properties p = new Properties();
    try (var in = Files.newInputStream(manifest)) {
      p.load(in);
    } catch (IOException e) {
      return false;
    }
    return key.equals(p.getProperty("key"))
        && String.valueOf(Gpt2Graph.VERSION).equals(p.getProperty("graph.version"))
        && String.valueOf(IMPORTER_VERSION).equals(p.getProperty("importer.version"))
        && precision.name().equals(p.getProperty("precision"));
  }

  private static void writeManifest(Path dir, String sha, String key, ModelFolder folder, Precision precision)
      throws IOException {
    Properties p = new Properties();
    p.setProperty("precision", precision.name());
    p.setProperty("key", key);
    p.setProperty("weights.sha256", sha);
    p.setProperty("config", folder.config().toJson());
    p.setProperty("graph.version", String.valueOf(Gpt2Graph.VERSION));
    p.setProperty("importer.version", String.valueOf(IMPORTER_VERSION));
    p.setProperty("source", folder.dir().toAbsolutePath().toString());
    try (var out = Files.newOutputStream(dir.resolve(MANIFEST))) {
      p.store(out, "copydeck GPT-2 import");
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
