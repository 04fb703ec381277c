package io.copydeck.models.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ModelCommandTest {
  @TempDir Path tmp;

  record Run(int code, String out, String err) {}

  Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(new ModelCommand());
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void randomInfoGenerateAndBenchOnATinyModel() throws Exception {
    String dir = tmp.resolve("m").toString();
    String cache = tmp.resolve("cache").toString();
    Run random = run("random", dir, "--shape", "1,16,2");
    assertEquals(0, random.code(), random.err());

    Run info = run("info", dir, "--cache-dir", cache);
    assertEquals(0, info.code(), info.err());
    assertTrue(info.out().contains("n_layer=1 n_head=2 n_embd=16"), info.out());
    assertTrue(info.out().contains("bundled GPT-2 tokenizer"), info.out());
    assertTrue(info.out().matches("(?s).*device\\s+(cpu|gpu).*"), info.out());

    Run gen = run("generate", dir, "--cache-dir", cache, "--threads", "1", "--prompt", "Hello", "--prompt", "World",
        "--max-new-tokens", "5", "--seed", "3");
    assertEquals(0, gen.code(), gen.err());
    JsonNode arr = new ObjectMapper().readTree(gen.out());
    assertEquals(2, arr.size());
    assertTrue(arr.get(0).get("tokens").asInt() <= 5);

    Run bench = run("bench", dir, "--cache-dir", cache, "--threads", "1", "--batch", "2", "--prompt-tokens", "4",
        "--new-tokens", "3");
    assertEquals(0, bench.code(), bench.err());
    JsonNode b = new ObjectMapper().readTree(bench.out());
    assertTrue(b.get("prefill_tok_s").asDouble() > 0 && b.get("decode_tok_s").asDouble() > 0, bench.out());
    assertTrue(b.get("device").asText().startsWith("cpu") || b.get("device").asText().startsWith("gpu"));
  }

  @Test
  void userMistakesAreOneLineErrors() {
    Run r = run("info", tmp.resolve("does-not-exist").toString());
    assertEquals(1, r.code());
    assertTrue(r.err().startsWith("error: ") && r.err().contains("does-not-exist"), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
  }
}
