package io.copydeck.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.copydeck.models.generate.Completion;
import io.copydeck.models.generate.GenerationRequest;
import io.copydeck.models.generate.SamplingSettings;
import io.copydeck.models.runtime.RuntimeOptions;
import io.copydeck.models.safetensors.DType;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Gpt2RuntimeTest {
  @TempDir Path tmp;

  @Test
  void opensAFolderAndGeneratesInRequestOrder() throws Exception {
    Gpt2Config c = Gpt2Config.tiny(50257, 64, 16, 1, 2);
    Path dir = tmp.resolve("m");
    Gpt2Weights.random(c, 5).writeFolder(dir, DType.F16);
    RuntimeOptions o = RuntimeOptions.defaults().withThreads(1).withCacheRoot(tmp.resolve("cache"));
    try (Gpt2Runtime rt = Gpt2Runtime.open(dir, o, 2)) {
      assertEquals(Checksums.sha256(dir.resolve("model.safetensors")), rt.checksum());
      assertTrue(rt.describe().startsWith("gpt2 1x16"), rt.describe());
      assertEquals(6, rt.countTokens("The marketing strategy of the company"));
      List<GenerationRequest> rs = List.of(
          GenerationRequest.of("a", SamplingSettings.greedy(), 0, 2),
          GenerationRequest.of("b", SamplingSettings.greedy(), 0, 3),
          GenerationRequest.of("c", SamplingSettings.greedy(), 0, 4));
      List<Completion> cs = rt.generate(rs);
      assertEquals(3, cs.size());
      for (int i = 0; i < 3; i++) {
        assertTrue(cs.get(i).tokenIds().length <= i + 2);
      }
    }
  }
}
