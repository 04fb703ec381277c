package io.copydeck.models.train;

import io.copydeck.models.Checksums;
import io.copydeck.models.Gpt2Weights;
import io.copydeck.models.ModelException;
import io.copydeck.models.ModelFolder;
import io.copydeck.models.safetensors.DType;
import io.copydeck.models.tokenizer.Gpt2Tokenizer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Writes trained weights as a Hugging Face GPT-2 folder the runtime (and transformers) can open:
 * config.json, tokenizer.json, model.safetensors with HF's tensor names (wte.weight,
 * h.0.attn.c_attn.weight, ...; Conv1D layout [in, out]) and a model.safetensors.sha256 sidecar,
 * which the runtime checks before using the weights.
 */
public final class ModelExport {
  private ModelExport() {}

  /**
   * @param tokenizerJson the tokenizer the model was trained with; empty means the bundled GPT-2 one
   */
  public static void write(Gpt2Weights weights, Path dir, DType dtype, Optional<Path> tokenizerJson)
      throws IOException {
    Files.createDirectories(dir);
    weights.config().write(dir.resolve(ModelFolder.CONFIG));
    Path tok = dir.resolve(ModelFolder.TOKENIZER);
    if (tokenizerJson.isPresent()) {
      if (!Files.isSameFile(tokenizerJson.get().toAbsolutePath().getParent(), dir.toAbsolutePath())) {
        Files.copy(tokenizerJson.get(), tok, StandardCopyOption.REPLACE_EXISTING);
      }
    } else {
      try (InputStream in = Gpt2Tokenizer.class.getResourceAsStream(Gpt2Tokenizer.BUNDLED)) {
        if (in == null) {
          throw new ModelException("classpath " + Gpt2Tokenizer.BUNDLED + ": missing");
        }
        Files.copy(in, tok, StandardCopyOption.REPLACE_EXISTING);
      }
    }
    Path weightsFile = dir.resolve(ModelFolder.WEIGHTS);
    Path tmp = dir.resolve(ModelFolder.WEIGHTS + ".tmp");
    weights.write(tmp, dtype);
    Files.move(tmp, weightsFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    Files.writeString(dir.resolve(ModelFolder.WEIGHTS + ".sha256"),
        Checksums.sha256(weightsFile) + "  " + ModelFolder.WEIGHTS + "\n");
  }
}
