package io.copydeck.models.cli;

import io.copydeck.models.Gpt2Config;
import io.copydeck.models.Gpt2Weights;
import io.copydeck.models.safetensors.DType;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "random", description = "Write a GPT-2 folder with random weights (for benchmarks and smoke tests).")
final class RandomCommand extends ModelSubcommand {
  @Parameters(index = "0", description = "folder to write") Path dir;
  @Option(names = "--shape", defaultValue = "gpt2", description = "gpt2 | tiny | L,d,H") String shape;
  @Option(names = "--seed", defaultValue = "0") long seed;
  @Option(names = "--dtype", defaultValue = "F32", description = "F32, F16 or BF16") DType dtype;

  @Override
  int run() throws Exception {
    Gpt2Config c = switch (shape) {
      case "gpt2" -> Gpt2Config.gpt2Small();
      case "tiny" -> new Gpt2Config(50257, 1024, 64, 2, 4, 1e-5, 50256, 50256);
      default -> {
        String[] p = shape.split(",");
        if (p.length != 3) {
          throw new IllegalArgumentException("--shape " + shape + ": expected gpt2, tiny or L,d,H");
        }
        yield new Gpt2Config(50257, 1024, Integer.parseInt(p[1].trim()), Integer.parseInt(p[0].trim()),
            Integer.parseInt(p[2].trim()), 1e-5, 50256, 50256);
      }
    };
    Gpt2Weights.random(c, seed).writeFolder(dir, dtype);
    out().printf("wrote %s (%,d parameters, %s)%n", dir, c.parameterCount(), dtype);
    return 0;
  }
}
