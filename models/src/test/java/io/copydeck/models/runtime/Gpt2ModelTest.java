package io.copydeck.models.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.copydeck.models.Gpt2Config;
import io.copydeck.models.Gpt2Weights;
import io.copydeck.models.ModelException;
import io.copydeck.models.ModelFolder;
import io.copydeck.models.ReferenceGpt2;
import io.copydeck.models.safetensors.DType;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The TensorFlow graph, loaded through DJL, against the plain-Java reference on a tiny random GPT-2. */
class Gpt2ModelTest {
  static final Gpt2Config TINY = Gpt2Config.tiny(101, 32, 32, 2, 4);
  @TempDir static Path tmp;
  static Gpt2Weights weights;
  static ReferenceGpt2 reference;
  static Gpt2Model model;
  static Gpt2Importer.Imported imported;
  static ModelFolder folder;

  @BeforeAll
  static void load() throws Exception {
    weights = Gpt2Weights.random(TINY, 7);
    // 5x GPT-2's init scale: logits of order 1-10, so 1e-4 is a real bound, not a tautology.
    for (float[] a : weights.tensors().values()) {
      for (int i = 0; i < a.length; i++) {
        a[i] *= 5;
      }
    }
    reference = new ReferenceGpt2(weights);
    weights.writeFolder(tmp.resolve("tiny"), DType.F32);
    folder = ModelFolder.open(tmp.resolve("tiny"));
    imported = Gpt2Importer.importFolder(folder, tmp.resolve("cache"));
    model = Gpt2Model.load(imported.savedModel(), TINY, RuntimeOptions.defaults().withThreads(1));
  }

  @AfterAll
  static void close() {
    if (model != null) {
      model.close();
    }
  }

  static float maxAbsDiff(float[] a, float[] b) {
    assertEquals(a.length, b.length);
    float m = 0;
    for (int i = 0; i < a.length; i++) {
      m = Math.max(m, Math.abs(a[i] - b[i]));
    }
    return m;
  }

  @Test
  void fullForwardMatchesReference() {
    int[] ids = {5, 17, 99, 3, 42, 0, 100, 64, 8};
    float[][] expected = reference.forward(ids);
    float[][][] actual = model.logits(new int[][] {ids}, new int[][] {ones(ids.length)});
    float worst = 0;
    for (int t = 0; t < ids.length; t++) {
      worst = Math.max(worst, maxAbsDiff(expected[t], actual[0][t]));
    }
    float range = 0;
    for (float[] row : expected) {
      for (float v : row) {
        range = Math.max(range, Math.abs(v));
      }
    }
    System.out.println("tiny GPT-2, TF full forward vs Java reference: max abs diff " + worst + " (max |logit| " + range + ")");
    assertTrue(range > 1, "weights too small for a meaningful check");
    assertTrue(worst < 1e-4, "max abs diff " + worst);
  }

  @Test
  void cachedDecodeMatchesFullForwardAtEveryStep() {
    int[] ids = {11, 22, 33, 44, 55, 66, 77, 88, 99, 1, 2, 3};
    int prompt = 4;
    float[][] full = reference.forward(ids);
    float[][][] tfFull = model.logits(new int[][] {ids}, new int[][] {ones(ids.length)});
    KvCache cache = model.emptyCache(1);
    int[] promptIds = java.util.Arrays.copyOf(ids, prompt);
    Gpt2Model.Step step = model.decode(new int[][] {promptIds}, new int[][] {ones(prompt)}, cache);
    cache.close();
    float worst = maxAbsDiff(tfFull[0][prompt - 1], step.logits()[0]);
    for (int t = prompt; t < ids.length; t++) {
      Gpt2Model.Step next = model.decode(new int[][] {{ids[t]}}, new int[][] {ones(t + 1)}, step.cache());
      step.cache().close();
      step = next;
      assertEquals(t + 1, step.cache().length());
      worst = Math.max(worst, maxAbsDiff(tfFull[0][t], step.logits()[0]));
      assertTrue(maxAbsDiff(full[t], step.logits()[0]) < 1e-4, "step " + t + " vs reference");
    }
    step.cache().close();
    System.out.println("tiny GPT-2, cached decode vs full forward: max abs diff " + worst);
    assertTrue(worst < 1e-4, "max abs diff " + worst);
  }

  @Test
  void leftPaddedRowMatchesUnpaddedRow() {
    int[] shortRow = {7, 8, 9};
    int[] longRow = {10, 20, 30, 40, 50};
    int[][] ids = {{0, 0, 7, 8, 9}, longRow};
    int[][] mask = {{0, 0, 1, 1, 1}, ones(5)};
    KvCache empty = model.emptyCache(2);
    Gpt2Model.Step step = model.decode(ids, mask, empty);
    empty.close();
    float[][] refShort = reference.forward(shortRow);
    float[][] refLong = reference.forward(longRow);
    assertTrue(maxAbsDiff(refShort[2], step.logits()[0]) < 1e-4, "padded row");
    assertTrue(maxAbsDiff(refLong[4], step.logits()[1]) < 1e-4, "full row");
    // one more cached step for both rows: positions continue after the real tokens only
    Gpt2Model.Step next = model.decode(new int[][] {{1}, {2}},
        new int[][] {{0, 0, 1, 1, 1, 1}, ones(6)}, step.cache());
    step.cache().close();
    assertTrue(maxAbsDiff(reference.forward(new int[] {7, 8, 9, 1})[3], next.logits()[0]) < 1e-4);
    assertTrue(maxAbsDiff(reference.forward(new int[] {10, 20, 30, 40, 50, 2})[5], next.logits()[1]) < 1e-4);
    next.cache().close();
  }

  @Test
  void droppingRowsKeepsTheOthersExact() {
    int[][] ids = {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}};
    int[][] mask = {ones(3), ones(3), ones(3)};
    KvCache empty = model.emptyCache(3);
    Gpt2Model.Step step = model.decode(ids, mask, empty);
    empty.close();
    KvCache kept = model.keepRows(step.cache(), new int[] {2, 0});
    step.cache().close();
    Gpt2Model.Step next = model.decode(new int[][] {{10}, {11}}, new int[][] {ones(4), ones(4)}, kept);
    kept.close();
    assertTrue(maxAbsDiff(reference.forward(new int[] {7, 8, 9, 10})[3], next.logits()[0]) < 1e-4);
    assertTrue(maxAbsDiff(reference.forward(new int[] {1, 2, 3, 11})[3], next.logits()[1]) < 1e-4);
    next.cache().close();
  }

  @Test
  void bf16WeightsStayCloseToTheReference() {
    Gpt2Importer.Imported bf16 = Gpt2Importer.importFolder(folder, tmp.resolve("cache"), Precision.BF16);
    assertTrue(bf16.savedModel().getFileName().toString().endsWith("-bf16"));
    int[] ids = {5, 17, 99, 3, 42, 0, 100, 64, 8};
    float[][] expected = reference.forward(ids);
    try (Gpt2Model m = Gpt2Model.load(bf16.savedModel(), TINY, RuntimeOptions.defaults().withThreads(1))) {
      float[][][] actual = m.logits(new int[][] {ids}, new int[][] {ones(ids.length)});
      float worst = 0;
      float range = 0;
      for (int t = 0; t < ids.length; t++) {
        worst = Math.max(worst, maxAbsDiff(expected[t], actual[0][t]));
        for (float v : expected[t]) {
          range = Math.max(range, Math.abs(v));
        }
      }
      System.out.println("tiny GPT-2, BF16 weights vs Java reference: max abs diff " + worst + " (max |logit| " + range + ")");
      assertTrue(worst < 0.05 * range, "max abs diff " + worst);
      assertTrue(worst > 1e-6, "BF16 variant should not be bit-identical to F32");
    }
  }

  @Test
  void importIsCachedByWeightsChecksum() {
    assertTrue(imported.built());
    assertTrue(Files.isRegularFile(imported.savedModel().resolve("saved_model.pb")));
    assertEquals(Gpt2Importer.cacheKey(folder.weightsSha256(), folder.config()),
        imported.savedModel().getFileName().toString());
    Gpt2Importer.Imported again = Gpt2Importer.importFolder(folder, tmp.resolve("cache"));
    assertFalse(again.built());
    assertEquals(imported.savedModel(), again.savedModel());
  }

  @Test
  void anEditedConfigWithTheSameWeightsIsImportedAgainOrRefused() throws Exception {
    Path edited = tmp.resolve("edited");
    weights.writeFolder(edited, DType.F32);
    Path config = edited.resolve(ModelFolder.CONFIG);
    // the same weights, a config that still fits them but builds a different graph
    Files.writeString(config, Files.readString(config).replace("\"layer_norm_epsilon\" : 1.0E-5", "\"layer_norm_epsilon\" : 1.0E-3"));
    assertTrue(Files.readString(config).contains("1.0E-3"), Files.readString(config));
    Gpt2Importer.Imported other = Gpt2Importer.importFolder(ModelFolder.open(edited), tmp.resolve("cache"));
    assertTrue(other.built(), "the cache must not hand back the SavedModel of the old config");
    assertNotEquals(imported.savedModel(), other.savedModel());
    assertEquals(imported.sha256(), other.sha256(), "the weights' identity is unchanged");

    // a config that no longer fits the weights is a clear error, before any import
    Files.writeString(config, TINY.toJson().replace("\"n_layer\" : 2", "\"n_layer\" : 3"));
    ModelException misfit = assertThrows(ModelException.class,
        () -> Gpt2Importer.importFolder(ModelFolder.open(edited), tmp.resolve("cache")));
    assertTrue(misfit.getMessage().contains("n_layer is 3 but model.safetensors holds 2 transformer blocks"),
        misfit.getMessage());
    Files.writeString(config, TINY.toJson().replace("\"n_embd\" : 32", "\"n_embd\" : 64"));
    assertTrue(assertThrows(ModelException.class,
        () -> Gpt2Importer.importFolder(ModelFolder.open(edited), tmp.resolve("cache"))).getMessage()
        .contains("does not fit model.safetensors: tensor wte.weight is [101, 32], the config asks for [101, 64]"));
    Files.writeString(config, TINY.toJson().replace("\"n_layer\" : 2", "\"n_layer\" : 10000"));
    assertTrue(assertThrows(ModelException.class, () -> ModelFolder.open(edited)).getMessage()
        .contains("n_layer 10000 is larger than any GPT-2"));
  }

  @Test
  void reportsCpuDeviceWithoutGpu() {
    // CI machines have no GPU: auto must pick the CPU and say so.
    if (TensorFlowRuntime.engine().getGpuCount() == 0) {
      assertFalse(model.device().isGpu());
      assertTrue(model.deviceDescription().startsWith("cpu"), model.deviceDescription());
    } else {
      assertTrue(model.device().isGpu());
    }
  }

  static int[] ones(int n) {
    int[] a = new int[n];
    java.util.Arrays.fill(a, 1);
    return a;
  }
}
