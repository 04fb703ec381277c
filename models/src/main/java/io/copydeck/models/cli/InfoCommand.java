package io.copydeck.models.cli;

import io.copydeck.models.Gpt2Config;
import io.copydeck.models.ModelFolder;
import io.copydeck.models.runtime.Gpt2Importer;
import io.copydeck.models.runtime.TensorFlowRuntime;
import io.copydeck.models.tokenizer.Gpt2Tokenizer;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "info", description = "Config, parameter count, checksum, tokenizer and device of a GPT-2 folder.")
final class InfoCommand extends ModelSubcommand {
  @Parameters(index = "0", description = "Hugging Face GPT-2 folder") Path dir;

  @Override
  int run() {
    ModelFolder f = ModelFolder.open(dir);
    Gpt2Config c = f.config();
    String sha = f.weightsSha256();
    Path cached = Gpt2Importer.cacheDir(options().cacheRoot(), Gpt2Importer.cacheKey(sha, c), options().precision());
    String tokenizer;
    try (Gpt2Tokenizer t = Gpt2Tokenizer.forFolder(f)) {
      tokenizer = t.source();
    }
    out().printf("folder      %s%n", f.dir());
    out().printf("config      n_layer=%d n_head=%d n_embd=%d n_positions=%d vocab_size=%d%n",
        c.nLayer(), c.nHead(), c.nEmbd(), c.nPositions(), c.vocabSize());
    out().printf("parameters  %,d%n", c.parameterCount());
    out().printf("sha256      %s%n", sha);
    out().printf("tokenizer   %s%n", tokenizer);
    out().printf("savedmodel  %s%n", Files.isRegularFile(cached.resolve("saved_model.pb"))
        ? cached : "not imported yet (run: model import " + dir + ")");
    out().printf("device      %s%n", TensorFlowRuntime.describe(TensorFlowRuntime.device(device)));
    return 0;
  }

}
