package io.copydeck.models.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.copydeck.models.Gpt2Config;
import io.copydeck.models.ModelFolder;
import io.copydeck.models.runtime.Gpt2Model;
import io.copydeck.models.runtime.RuntimeOptions;
import io.copydeck.models.safetensors.DType;
import io.copydeck.models.safetensors.SafeTensors;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The trainer on a tiny GPT-2 (vocabulary 101) and a synthetic task: the completion repeats the
 * prompt's tokens shifted by one, so the loss can only fall if attention learns to copy.
 */
class TrainingGraphTest {
  static final Gpt2Config TINY = Gpt2Config.tiny(101, 32, 32, 2, 4);
  static final int EOS = 100;
  @TempDir Path tmp;

  static List<Example> task(int n, long seed) {
    Random r = new Random(seed);
    List<Example> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int len = 3 + r.nextInt(5);
      int[] ids = new int[2 * len + 2];
      for (int j = 0; j < len; j++) {
        ids[j] = r.nextInt(20);   // a small alphabet, so the +1 rule is seen often enough to generalise
        ids[len + 1 + j] = ids[j] + 1;
      }
      ids[len] = 99;              // separator: "Copy:"
      ids[2 * len + 1] = EOS;
      out.add(new Example(ids, len + 1));
    }
    return out;
  }

  /** Constant learning rate, so a run cut into two pieces follows the same schedule as one run. */
  static TrainSettings settings(int steps, int evalEvery) {
    return new TrainSettings(steps, 8, 3e-3, 3e-3, 1, 0.1, 0.9, 0.95, 1.0, 0.0, evalEvery, 0, 5, 11, 0);
  }

  Trainer trainer(TrainingGraph g, TrainSettings s, Path out, DType dtype) {
    return new Trainer(g, s, task(64, 1), task(16, 2), out, dtype, Optional.empty(),
        new PrintWriter(new StringWriter()));
  }

  @Test
  void lossFallsAndHeldOutPerplexityImproves() throws Exception {
    TrainSettings s = settings(120, 120).withBatch(8, 1e-2, 10);
    try (TrainingGraph g = new TrainingGraph(TINY, s, 1)) {
      g.load(GptInit.weights(TINY, 3));
      Evaluation before = Evaluation.of(g, BatchStream.evaluation(task(16, 2), 8, EOS));
      Trainer.Summary r = trainer(g, s, tmp.resolve("out"), DType.F32).run(0, 0, 0);
      double first = r.stepLosses().subList(0, 10).stream().mapToDouble(d -> d).average().orElseThrow();
      double last = r.stepLosses().subList(110, 120).stream().mapToDouble(d -> d).average().orElseThrow();
      assertEquals(Math.log(101), before.loss(), 0.3, "an untrained model is near uniform");
      assertTrue(last < first - 1.0, "training loss fell from " + first + " to " + last);
      assertTrue(r.valid().loss() < before.loss() - 1.0, "held-out loss " + before.loss() + " → " + r.valid().loss());
    }
  }

  @Test
  void exportedFolderImportsToTheSameLogits() throws Exception {
    TrainSettings s = settings(20, 20);
    int[] ids = {5, 17, 99, 3, 42, 0, 100, 64, 8};
    try (TrainingGraph g = new TrainingGraph(TINY, s, 1)) {
      g.load(GptInit.weights(TINY, 4));
      trainer(g, s, tmp.resolve("f32"), DType.F32).run(0, 0, 0);   // exports F32 at its last step
      ModelExport.write(g.weights(), tmp.resolve("f16"), DType.F16, Optional.empty());
      float[][] expected = g.logits(ids);
      RuntimeOptions options = RuntimeOptions.defaults().withThreads(1).withCacheRoot(tmp.resolve("cache"));
      try (SafeTensors st = SafeTensors.open(tmp.resolve("f16").resolve(ModelFolder.WEIGHTS))) {
        assertEquals("F16", st.info("h.1.mlp.c_fc.weight").dtype().name());
        assertTrue(st.contains("wte.weight") && st.contains("ln_f.bias") && !st.contains("lm_head.weight"));
      }
      assertEquals(0, maxDiff(expected, runtimeLogits(tmp.resolve("f32"), options, ids)), 1e-4);
      assertEquals(0, maxDiff(expected, runtimeLogits(tmp.resolve("f16"), options, ids)), 2e-2);
    }
  }

  static float[][] runtimeLogits(Path dir, RuntimeOptions options, int[] ids) {
    ModelFolder folder = ModelFolder.open(dir);
    folder.weightsSha256(); // the sidecar the exporter wrote matches
    try (Gpt2Model m = Gpt2Model.open(folder, options)) {
      int[] mask = new int[ids.length];
      java.util.Arrays.fill(mask, 1);
      return m.logits(new int[][] {ids}, new int[][] {mask})[0];
    }
  }

  static double maxDiff(float[][] a, float[][] b) {
    double m = 0;
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < a[i].length; j++) {
        m = Math.max(m, Math.abs(a[i][j] - b[i][j]));
      }
    }
    return m;
  }

  @Test
  void resumedRunContinuesTheLossCurve() throws Exception {
    List<Double> whole;
    try (TrainingGraph g = new TrainingGraph(TINY, settings(40, 40), 1)) {
      g.load(GptInit.weights(TINY, 5));
      whole = trainer(g, settings(40, 40), tmp.resolve("whole"), DType.F32).run(0, 0, 0).stepLosses();
    }
    Path interrupted = tmp.resolve("interrupted");
    List<Double> firstHalf;
    try (TrainingGraph g = new TrainingGraph(TINY, settings(20, 20), 1)) {
      g.load(GptInit.weights(TINY, 5));
      firstHalf = trainer(g, settings(20, 20), interrupted, DType.F32).run(0, 0, 0).stepLosses();
    }
    Checkpoint c = Checkpoint.read(interrupted.resolve(Trainer.CHECKPOINT));
    assertEquals(20, c.step());
    List<Double> secondHalf;
    try (TrainingGraph g = new TrainingGraph(c.config(), settings(40, 40), 1)) {
      g.load(c.weights(), c.adamM(), c.adamV());
      secondHalf = trainer(g, settings(40, 40), interrupted, DType.F32).run(c.step(), c.tokensSeen(), c.secondsSpent())
          .stepLosses();
    }
    assertEquals(20, secondHalf.size());
    for (int i = 0; i < 20; i++) {
      assertEquals(whole.get(i), firstHalf.get(i), 1e-3, "step " + i);
      assertEquals(whole.get(20 + i), secondHalf.get(i), 1e-3, "step " + (20 + i) + " after resuming");
    }
    double before = avg(firstHalf.subList(15, 20));
    double after = avg(secondHalf.subList(0, 5));
    assertEquals(before, after, 0.5, "no jump at the checkpoint");
    assertTrue(avg(secondHalf.subList(15, 20)) < avg(firstHalf.subList(0, 5)), "still falling");
  }

  static double avg(List<Double> xs) {
    return xs.stream().mapToDouble(d -> d).average().orElseThrow();
  }
}
