package io.copydeck.models.cli;

import io.copydeck.models.ModelFolder;
import io.copydeck.models.runtime.Gpt2Model;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Last-position logits for given ids, printed like torch_gpt2.py --logits, for side-by-side checks. */
@Command(name = "logits", description = "Print the last position's logits (argmax, first 8) for token ids.")
final class LogitsCommand extends ModelSubcommand {
  @Parameters(index = "0", description = "Hugging Face GPT-2 folder") Path dir;
  @Option(names = "--ids", required = true, split = ",", description = "comma-separated token ids") int[] ids;
  @Option(names = "--dump", description = "also write all last-position logits as little-endian float32") Path dump;

  @Override
  int run() throws Exception {
    ModelFolder folder = ModelFolder.open(dir);
    try (Gpt2Model model = Gpt2Model.open(folder, options())) {
      int[] mask = new int[ids.length];
      Arrays.fill(mask, 1);
      float[] last = model.logits(new int[][] {ids}, new int[][] {mask})[0][ids.length - 1];
      int argmax = 0;
      for (int i = 1; i < last.length; i++) {
        if (last[i] > last[argmax]) {
          argmax = i;
        }
      }
      StringBuilder first = new StringBuilder();
      for (int i = 0; i < 8; i++) {
        first.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.5f", last[i]));
      }
      out().printf("{\"argmax\": %d, \"first\": [%s]}%n", argmax, first);
      if (dump != null) {
        ByteBuffer b = ByteBuffer.allocate(last.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        b.asFloatBuffer().put(last);
        Files.write(dump, b.array());
      }
    }
    return 0;
  }
}
