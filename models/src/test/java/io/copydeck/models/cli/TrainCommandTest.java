package io.copydeck.models.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.copydeck.models.ModelFolder;
import io.copydeck.models.safetensors.SafeTensors;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * `copydeck model train` end to end on a few rows of the real corpus (GPT-2 tokenizer, a one-layer
 * model): a fresh run, then --resume, leaving an HF folder and a checkpoint.
 */
class TrainCommandTest {
  @TempDir Path tmp;

  Path resource(String name) throws Exception {
    Path p = tmp.resolve(name);
    try (InputStream in = getClass().getResourceAsStream("/io/copydeck/models/train/" + name)) {
      Files.copy(in, p);
    }
    return p;
  }

  String run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(new ModelCommand());
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    assertEquals(0, code, out + "\n" + err);
    return out.toString();
  }

  @Test
  void trainsResumesAndWritesAHuggingFaceFolder() throws Exception {
    Path train = resource("corpus-train.jsonl");
    Path valid = resource("corpus-valid.jsonl");
    Path config = tmp.resolve("tiny.json");
    Files.writeString(config, "{\"model_type\":\"gpt2\",\"vocab_size\":50257,\"n_positions\":320,"
        + "\"n_embd\":32,\"n_layer\":1,\"n_head\":2}");
    Path out = tmp.resolve("out");
    List<String> common = List.of("train", "--corpus", train.toString(), "--valid", valid.toString(),
        "--out", out.toString(), "--batch-size", "4", "--eval-every", "6", "--log-every", "3",
        "--threads", "1", "--warmup", "2", "--lr", "3e-3");
    String first = run(concat(common, "--config", config.toString(), "--steps", "6"));
    assertTrue(first.contains("step      6/6"), first);
    assertTrue(first.contains("held-out loss"), first);
    String second = run(concat(common, "--resume", out.resolve("checkpoint").toString(), "--steps", "9"));
    assertTrue(second.contains("from step 6") && second.contains("step      9/9"), second);

    ModelFolder folder = ModelFolder.open(out);
    folder.weightsSha256();
    assertTrue(Files.isRegularFile(out.resolve("tokenizer.json")));
    assertEquals(32, folder.config().nEmbd());
    try (SafeTensors st = SafeTensors.open(folder.weights())) {
      assertEquals("F16", st.info("wte.weight").dtype().name());
    }
    List<String> log = Files.readAllLines(out.resolve("training-log.jsonl"));
    assertTrue(log.get(log.size() - 1).contains("\"final\":true") && log.get(log.size() - 1).contains("\"step\":9"),
        String.join("\n", log));

    // --from fine-tunes the folder just written: same shape, its own tokenizer carried over
    Path tuned = tmp.resolve("tuned");
    String third = run("train", "--from", out.toString(), "--corpus", train.toString(), "--valid", valid.toString(),
        "--out", tuned.toString(), "--steps", "3", "--batch-size", "4", "--threads", "1", "--warmup", "1",
        "--lr", "1e-3");
    assertTrue(third.contains("step      3/3"), third);
    assertEquals(Files.readString(out.resolve("tokenizer.json")), Files.readString(tuned.resolve("tokenizer.json")));
    assertEquals(folder.config(), ModelFolder.open(tuned).config());
  }

  @Test
  void needsExactlyOneStartingPoint() {
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(new ModelCommand());
    cl.setErr(new PrintWriter(err));
    int code = cl.execute("train", "--corpus", "a.jsonl", "--valid", "b.jsonl", "--out", tmp.toString());
    assertEquals(1, code);
    assertTrue(err.toString().contains("exactly one of --config"), err.toString());
  }

  static String[] concat(List<String> a, String... b) {
    String[] r = new String[a.size() + b.length];
    for (int i = 0; i < a.size(); i++) {
      r[i] = a.get(i);
    }
    System.arraycopy(b, 0, r, a.size(), b.length);
    return r;
  }
}
