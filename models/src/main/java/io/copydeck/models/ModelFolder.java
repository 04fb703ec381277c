package io.copydeck.models;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A GPT-2 model in the Hugging Face folder layout users already have:
 * config.json, model.safetensors, and tokenizer.json or vocab.json + merges.txt.
 * A `model.safetensors.sha256` sidecar, when present, is checked before the weights are used.
 */
public record ModelFolder(Path dir, Gpt2Config config, Path weights, Optional<Path> tokenizerJson,
    Optional<Path> vocabJson, Optional<Path> mergesTxt) {

  public static final String CONFIG = "config.json";
  public static final String WEIGHTS = "model.safetensors";
  public static final String TOKENIZER = "tokenizer.json";

  public static ModelFolder open(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new ModelException(dir + ": not a folder (expected a GPT-2 model folder with config.json and model.safetensors)");
    }
    Gpt2Config config = Gpt2Config.read(dir.resolve(CONFIG));
    Path weights = dir.resolve(WEIGHTS);
    if (!Files.isRegularFile(weights)) {
      throw new ModelException(weights + ": missing (a GPT-2 folder needs model.safetensors)");
    }
    return new ModelFolder(dir, config, weights,
        existing(dir.resolve(TOKENIZER)), existing(dir.resolve("vocab.json")), existing(dir.resolve("merges.txt")));
  }

  private static Optional<Path> existing(Path p) {
    return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
  }

  /** SHA-256 of model.safetensors, checked against the sidecar file when there is one. */
  public String weightsSha256() {
    Path sidecar = weights.resolveSibling(WEIGHTS + ".sha256");
    if (Files.isRegularFile(sidecar)) {
      return Checksums.verify(weights, Checksums.readSidecar(sidecar));
    }
    return Checksums.sha256(weights);
  }
}
