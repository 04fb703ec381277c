package io.copydeck.models;

import io.copydeck.models.generate.Completion;
import io.copydeck.models.generate.GenerationRequest;
import io.copydeck.models.generate.Generator;
import io.copydeck.models.runtime.Gpt2Importer;
import io.copydeck.models.runtime.Gpt2Model;
import io.copydeck.models.runtime.RuntimeOptions;
import io.copydeck.models.tokenizer.Gpt2Tokenizer;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything a build pipeline needs from one model folder, opened once: the weights' checksum (for
 * cache keys and provenance), the loaded model and its device, the tokenizer and a batched
 * generator. Not thread-safe: one generate call at a time.
 */
public final class Gpt2Runtime implements AutoCloseable {
  private final ModelFolder folder;
  private final String sha256;
  private final Gpt2Model model;
  private final Gpt2Tokenizer tokenizer;
  private final Generator generator;

  private Gpt2Runtime(ModelFolder folder, String sha256, Gpt2Model model, Gpt2Tokenizer tokenizer, int batch) {
    this.folder = folder;
    this.sha256 = sha256;
    this.model = model;
    this.tokenizer = tokenizer;
    this.generator = new Generator(model, tokenizer, batch);
  }

  /** Imports the folder if needed (cached by checksum) and loads model and tokenizer. */
  public static Gpt2Runtime open(Path dir, RuntimeOptions options, int maxBatch) {
    ModelFolder folder = ModelFolder.open(dir);
    Gpt2Importer.Imported imported = Gpt2Importer.importFolder(folder, options.cacheRoot(), options.precision());
    Gpt2Tokenizer tokenizer = Gpt2Tokenizer.forFolder(folder);
    try {
      Gpt2Model model = Gpt2Model.load(imported.savedModel(), folder.config(), options);
      return new Gpt2Runtime(folder, imported.sha256(), model, tokenizer, maxBatch);
    } catch (RuntimeException e) {
      tokenizer.close();
      throw e;
    }
  }

  /** SHA-256 of model.safetensors. */
  public String checksum() {
    return sha256;
  }

  /** For logs: "gpt2 12x768 (124,439,808 parameters) on cpu, TensorFlow 2.16.1". */
  public String describe() {
    Gpt2Config c = folder.config();
    return String.format("gpt2 %dx%d (%,d parameters) on %s", c.nLayer(), c.nEmbd(), c.parameterCount(),
        model.deviceDescription());
  }

  public Gpt2Config config() {
    return folder.config();
  }

  public int countTokens(String text) {
    return tokenizer.encode(text).length;
  }

  public Gpt2Tokenizer tokenizer() {
    return tokenizer;
  }

  public Gpt2Model model() {
    return model;
  }

  /** Completions in request order, batched. */
  public List<Completion> generate(List<GenerationRequest> requests) {
    return generator.generate(requests);
  }

  @Override
  public void close() {
    try {
      model.close();
    } finally {
      tokenizer.close();
    }
  }
}
