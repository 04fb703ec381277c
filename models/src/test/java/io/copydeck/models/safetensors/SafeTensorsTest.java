package io.copydeck.models.safetensors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.copydeck.models.Checksums;
import io.copydeck.models.Gpt2Config;
import io.copydeck.models.Gpt2Weights;
import io.copydeck.models.ModelException;
import io.copydeck.models.ModelFolder;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeTensorsTest {
  @TempDir Path dir;

  static final float[] VALUES = {0f, 1f, -2.5f, 0.333f, 65504f, -1e-3f};

  @Test
  void roundTripsF32Exactly() throws Exception {
    Path f = dir.resolve("a.safetensors");
    new SafeTensorsWriter().add("x", VALUES, 2, 3).write(f);
    try (SafeTensors st = SafeTensors.open(f)) {
      assertArrayEquals(VALUES, st.floats("x", 2, 3));
      assertEquals("pt", st.metadata().get("format"));
    }
  }

  @Test
  void readsF16AndBf16WithinTheirPrecision() throws Exception {
    Path f = dir.resolve("h.safetensors");
    new SafeTensorsWriter().add("h", DType.F16, VALUES, 6).add("b", DType.BF16, VALUES, 6).write(f);
    try (SafeTensors st = SafeTensors.open(f)) {
      float[] h = st.floats("h", 6);
      float[] b = st.floats("b", 6);
      for (int i = 0; i < VALUES.length; i++) {
        assertEquals(VALUES[i], h[i], Math.abs(VALUES[i]) * 1e-3 + 1e-6, "F16 " + VALUES[i]);
        assertEquals(VALUES[i], b[i], Math.abs(VALUES[i]) * 1e-2 + 1e-6, "BF16 " + VALUES[i]);
      }
      assertEquals(DType.F16, st.info("h").dtype());
      assertEquals(6 * 2, st.info("b").end() - st.info("b").begin());
    }
  }

  @Test
  void halfPrecisionConversionIsExactOnRepresentableValues() {
    for (float v : new float[] {0f, 1f, -2f, 0.5f, 65504f, 6.1035156e-5f, 5.9604645e-8f}) {
      assertEquals(v, DType.halfToFloat(DType.floatToHalf(v)), "value " + v);
    }
    assertEquals(Float.POSITIVE_INFINITY, DType.halfToFloat((short) 0x7c00));
  }

  @Test
  void missingFileNamesTheFile() {
    ModelException e = assertThrows(ModelException.class, () -> SafeTensors.open(dir.resolve("nope.safetensors")));
    assertTrue(e.getMessage().contains("nope.safetensors") && e.getMessage().contains("missing"), e.getMessage());
  }

  @Test
  void missingTensorNamesFileAndTensor() throws Exception {
    Path f = dir.resolve("a.safetensors");
    new SafeTensorsWriter().add("x", VALUES, 6).write(f);
    try (SafeTensors st = SafeTensors.open(f)) {
      ModelException e = assertThrows(ModelException.class, () -> st.floats("y", 6));
      assertTrue(e.getMessage().contains("a.safetensors") && e.getMessage().contains("tensor y is missing"),
          e.getMessage());
    }
  }

  @Test
  void wrongShapeNamesFileTensorAndShapes() throws Exception {
    Path f = dir.resolve("a.safetensors");
    new SafeTensorsWriter().add("h.0.ln_1.weight", VALUES, 2, 3).write(f);
    try (SafeTensors st = SafeTensors.open(f)) {
      ModelException e = assertThrows(ModelException.class, () -> st.floats("h.0.ln_1.weight", 3, 2));
      assertEquals(f + ": tensor h.0.ln_1.weight has shape [2, 3], expected [3, 2]", e.getMessage());
    }
  }

  @Test
  void truncatedFileNamesTheTensorThatIsCut() throws Exception {
    Path f = dir.resolve("t.safetensors");
    new SafeTensorsWriter().add("first", VALUES, 6).add("second", VALUES, 6).write(f);
    try (FileChannel ch = FileChannel.open(f, StandardOpenOption.WRITE)) {
      ch.truncate(ch.size() - 5);
    }
    ModelException e = assertThrows(ModelException.class, () -> SafeTensors.open(f));
    assertTrue(e.getMessage().contains("t.safetensors") && e.getMessage().contains("truncated")
        && e.getMessage().contains("tensor second"), e.getMessage());
  }

  @Test
  void truncatedHeaderIsReported() throws Exception {
    Path f = dir.resolve("h.safetensors");
    ByteBuffer b = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN).putLong(1000).putLong(0);
    Files.write(f, b.array());
    ModelException e = assertThrows(ModelException.class, () -> SafeTensors.open(f));
    assertTrue(e.getMessage().contains("h.safetensors") && e.getMessage().contains("truncated"), e.getMessage());
  }

  @Test
  void checksumMismatchNamesFileAndBothHashes() throws Exception {
    Gpt2Config c = Gpt2Config.tiny(11, 8, 8, 1, 2);
    Path folder = dir.resolve("m");
    Gpt2Weights.random(c, 1).writeFolder(folder, DType.F32);
    String good = Checksums.sha256(folder.resolve("model.safetensors"));
    Files.writeString(folder.resolve("model.safetensors.sha256"), good + "  model.safetensors\n");
    assertEquals(good, ModelFolder.open(folder).weightsSha256());
    String bad = "0".repeat(64);
    Files.writeString(folder.resolve("model.safetensors.sha256"), bad + "\n");
    ModelException e = assertThrows(ModelException.class, () -> ModelFolder.open(folder).weightsSha256());
    assertTrue(e.getMessage().contains("model.safetensors: checksum mismatch") && e.getMessage().contains(bad)
        && e.getMessage().contains(good), e.getMessage());
  }

  @Test
  void gpt2WeightsWithWrongShapeNameTheTensor() throws Exception {
    Gpt2Config c = Gpt2Config.tiny(11, 8, 8, 1, 2);
    Path f = dir.resolve("w.safetensors");
    Gpt2Weights.random(Gpt2Config.tiny(11, 8, 8, 1, 2), 1).write(f, DType.F32);
    Gpt2Config wider = Gpt2Config.tiny(11, 8, 12, 1, 2);
    ModelException e = assertThrows(ModelException.class, () -> Gpt2Weights.read(f, wider));
    assertTrue(e.getMessage().contains("tensor wte.weight has shape [11, 8], expected [11, 12]"), e.getMessage());
    assertEquals(c.parameterCount(), Gpt2Weights.read(f, c).tensors().values().stream().mapToLong(a -> a.length).sum());
  }

  @Test
  void acceptsTransformerPrefixedNamesAndBf16() throws Exception {
    Gpt2Config c = Gpt2Config.tiny(11, 8, 8, 1, 2);
    Gpt2Weights w = Gpt2Weights.random(c, 3);
    SafeTensorsWriter writer = new SafeTensorsWriter();
    for (Gpt2Weights.Spec s : Gpt2Weights.specs(c)) {
      writer.add("transformer." + s.name(), DType.BF16, w.get(s.name()), s.shape());
    }
    Path f = dir.resolve("hf.safetensors");
    writer.write(f);
    Gpt2Weights read = Gpt2Weights.read(f, c);
    assertEquals(w.get("h.0.mlp.c_fc.weight")[5], read.get("h.0.mlp.c_fc.weight")[5], 1e-3);
  }

  @Test
  void missingConfigIsAClearError() throws Exception {
    Files.createDirectories(dir.resolve("empty"));
    ModelException e = assertThrows(ModelException.class, () -> ModelFolder.open(dir.resolve("empty")));
    assertTrue(e.getMessage().contains("config.json") && e.getMessage().contains("missing"), e.getMessage());
  }
}
