package io.copydeck.models.cli;

import io.copydeck.models.ModelFolder;
import io.copydeck.models.runtime.Gpt2Importer;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "import", description = "Build the TensorFlow SavedModel of a GPT-2 folder (once per weights checksum).")
final class ImportCommand extends ModelSubcommand {
  @Parameters(index = "0", description = "Hugging Face GPT-2 folder") Path dir;

  @Override
  int run() {
    Gpt2Importer.Imported r = Gpt2Importer.importFolder(ModelFolder.open(dir), options().cacheRoot(), options().precision());
    out().printf("%s %s (sha256 %s, %d ms)%n", r.built() ? "built" : "cached", r.savedModel(), r.sha256(), r.millis());
    return 0;
  }
}
