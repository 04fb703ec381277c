package io.copydeck.models.tokenizer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.copydeck.models.ModelException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Gpt2TokenizerTest {
  static Gpt2Tokenizer tok;

  @BeforeAll
  static void load() {
    tok = Gpt2Tokenizer.bundled();
  }

  @AfterAll
  static void close() {
    tok.close();
  }

  @Test
  void encodesLikeGpt2() {
    assertArrayEquals(new int[] {464, 7124, 4811, 286, 262, 1664},
        tok.encode("The marketing strategy of the company"));
    assertEquals("The marketing strategy of the company", tok.decode(new int[] {464, 7124, 4811, 286, 262, 1664}));
  }

  @Test
  void endOfTextIsOneSpecialToken() {
    assertArrayEquals(new int[] {50256}, tok.encode("<|endoftext|>"));
  }

  @Test
  void noTruncationOfLongTexts() {
    String text = "word ".repeat(2000);
    int[] ids = tok.encode(text);
    assertTrue(ids.length >= 2000, "got " + ids.length + " tokens; DJL's default would stop at 512");
    assertEquals(text, tok.decode(ids));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Crème brûlée à la carte, naïve façade",
      "Launch day 🚀🎉 — get 20% off!",
      "line one\nline two\r\n\n\ttabbed",
      "  leading and trailing spaces  ",
      "日本語のテキスト",
      ""})
  void roundTrips(String text) {
    assertEquals(text, tok.decode(tok.encode(text)));
  }

  @Test
  void buildsTheSameTokenizerFromVocabAndMerges(@TempDir Path dir) throws Exception {
    // Split the bundled tokenizer.json back into the two legacy files, then rebuild from them.
    JsonNode root;
    try (InputStream in = Gpt2Tokenizer.class.getResourceAsStream(Gpt2Tokenizer.BUNDLED)) {
      root = new ObjectMapper().readTree(in);
    }
    ObjectMapper json = new ObjectMapper();
    Files.writeString(dir.resolve("vocab.json"), json.writeValueAsString(root.path("model").path("vocab")));
    StringBuilder merges = new StringBuilder("#version: 0.2\n");
    root.path("model").path("merges").forEach(m -> merges.append(m.asText()).append('\n'));
    Files.writeString(dir.resolve("merges.txt"), merges);
    try (Gpt2Tokenizer t = Gpt2Tokenizer.fromVocabAndMerges(dir.resolve("vocab.json"), dir.resolve("merges.txt"))) {
      assertArrayEquals(new int[] {464, 7124, 4811, 286, 262, 1664},
          t.encode("The marketing strategy of the company"));
      assertEquals("naïve 🚀\n", t.decode(t.encode("naïve 🚀\n")));
    }
  }

  @Test
  void badMergesFileIsAClearError(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("vocab.json"), "{\"a\": 0, \"b\": 1}");
    Files.writeString(dir.resolve("merges.txt"), "#version: 0.2\na b c\n");
    ModelException e = assertThrows(ModelException.class,
        () -> Gpt2Tokenizer.fromVocabAndMerges(dir.resolve("vocab.json"), dir.resolve("merges.txt")));
    assertTrue(e.getMessage().contains("merges.txt") && e.getMessage().contains("a b c"), e.getMessage());
  }
}
