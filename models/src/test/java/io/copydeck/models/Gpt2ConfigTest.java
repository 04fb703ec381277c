package io.copydeck.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Gpt2ConfigTest {
  @TempDir Path dir;

  @Test
  void readsHuggingFaceGpt2Config() throws Exception {
    // the fields of Hugging Face's gpt2/config.json that matter, plus some that do not
    Files.writeString(dir.resolve("config.json"), """
        {"activation_function": "gelu_new", "architectures": ["GPT2LMHeadModel"], "bos_token_id": 50256,
         "eos_token_id": 50256, "layer_norm_epsilon": 1e-05, "model_type": "gpt2", "n_ctx": 1024,
         "n_embd": 768, "n_head": 12, "n_layer": 12, "n_positions": 1024, "vocab_size": 50257,
         "task_specific_params": {"text-generation": {"do_sample": true, "max_length": 50}}}
        """);
    Gpt2Config c = Gpt2Config.read(dir.resolve("config.json"));
    assertEquals(Gpt2Config.gpt2Small(), c);
    assertEquals(124_439_808L, c.parameterCount(), "GPT-2 small without the tied lm_head");
    assertEquals(64, c.headSize());
  }

  @Test
  void roundTripsThroughJson() throws Exception {
    Gpt2Config c = Gpt2Config.tiny(101, 32, 48, 3, 6);
    c.write(dir.resolve("config.json"));
    assertEquals(c, Gpt2Config.read(dir.resolve("config.json")));
  }

  @Test
  void nCtxStandsInForNPositions() throws Exception {
    Files.writeString(dir.resolve("config.json"),
        "{\"n_ctx\": 64, \"n_embd\": 8, \"n_head\": 2, \"n_layer\": 1, \"vocab_size\": 10}");
    assertEquals(64, Gpt2Config.read(dir.resolve("config.json")).nPositions());
  }

  @Test
  void clearErrors() throws Exception {
    Path f = dir.resolve("config.json");
    Files.writeString(f, "{\"model_type\": \"llama\"}");
    assertTrue(assertThrows(ModelException.class, () -> Gpt2Config.read(f)).getMessage()
        .contains("model_type is \"llama\""));
    Files.writeString(f, "{\"n_positions\": 64, \"n_embd\": 8, \"n_head\": 3, \"n_layer\": 1, \"vocab_size\": 10}");
    assertTrue(assertThrows(ModelException.class, () -> Gpt2Config.read(f)).getMessage()
        .contains("n_embd 8 is not a multiple of n_head 3"));
    Files.writeString(f, "{\"n_positions\": 64, \"n_head\": 2, \"n_layer\": 1, \"vocab_size\": 10}");
    ModelException missing = assertThrows(ModelException.class, () -> Gpt2Config.read(f));
    assertEquals(f + ": field \"n_embd\" is missing or not an integer", missing.getMessage());
    Files.writeString(f, "{not json");
    assertTrue(assertThrows(ModelException.class, () -> Gpt2Config.read(f)).getMessage().contains("not valid JSON"));
  }
}
