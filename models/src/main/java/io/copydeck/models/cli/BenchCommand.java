package io.copydeck.models.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.copydeck.models.Gpt2Config;
import io.copydeck.models.ModelFolder;
import io.copydeck.models.runtime.Gpt2Importer;
import io.copydeck.models.runtime.Gpt2Model;
import io.copydeck.models.runtime.KvCache;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Prefill and KV-cached greedy decode throughput, measured like torch_gpt2.py --bench: random
 * prompt ids, a short warm-up, one timed prefill of B×P tokens, then N timed decode steps.
 */
@Command(name = "bench", description = "Measure prefill and decode tokens per second; prints JSON.")
final class BenchCommand extends ModelSubcommand {
  @Parameters(index = "0", description = "Hugging Face GPT-2 folder") Path dir;
  @Option(names = "--batch", defaultValue = "1") int batch;
  @Option(names = "--prompt-tokens", defaultValue = "32") int promptTokens;
  @Option(names = "--new-tokens", defaultValue = "64") int newTokens;
  @Option(names = "--repeat", defaultValue = "1",
      description = "measure R times and report the best and the median (other load only slows a run down)")
  int repeat;

  @Override
  int run() throws Exception {
    ModelFolder folder = ModelFolder.open(dir);
    Gpt2Config c = folder.config();
    if (promptTokens + newTokens > c.nPositions()) {
      throw new IllegalArgumentException("--prompt-tokens + --new-tokens exceeds n_positions " + c.nPositions());
    }
    long t0 = System.nanoTime();
    Gpt2Importer.Imported imported = Gpt2Importer.importFolder(folder, options().cacheRoot(), options().precision());
    long t1 = System.nanoTime();
    try (Gpt2Model model = Gpt2Model.load(imported.savedModel(), c, options())) {
      long t2 = System.nanoTime();
      SplittableRandom rng = new SplittableRandom(1);
      int[][] ids = new int[batch][promptTokens];
      int[][] mask = new int[batch][promptTokens];
      for (int[] row : ids) {
        Arrays.setAll(row, i -> rng.nextInt(c.vocabSize()));
      }
      for (int[] row : mask) {
        Arrays.fill(row, 1);
      }
      warmUp(model, ids, mask);

      double[] prefill = new double[repeat];
      double[] decode = new double[repeat];
      for (int r = 0; r < repeat; r++) {
        double[] tps = measure(model, ids, mask);
        prefill[r] = tps[0];
        decode[r] = tps[1];
      }
      Arrays.sort(prefill);
      Arrays.sort(decode);

      ObjectNode json = new ObjectMapper().createObjectNode();
      json.put("engine", "djl-tensorflow");
      json.put("device", model.deviceDescription());
      json.put("threads", options().threads() > 0 ? options().threads() : Runtime.getRuntime().availableProcessors());
      json.put("xla", options().xla());
      json.put("precision", options().precision().name());
      json.put("batch", batch);
      json.put("prompt", promptTokens);
      json.put("new", newTokens);
      json.put("prefill_tok_s", round(prefill[repeat - 1]));
      json.put("decode_tok_s", round(decode[repeat - 1]));
      if (repeat > 1) {
        json.put("repeat", repeat);
        json.put("prefill_tok_s_median", round(prefill[repeat / 2]));
        json.put("decode_tok_s_median", round(decode[repeat / 2]));
      }
      json.put("import_ms", (t1 - t0) / 1_000_000);
      json.put("load_ms", (t2 - t1) / 1_000_000);
      out().println(json);
    }
    return 0;
  }

  /** One timed prefill of B×P tokens and N greedy decode steps; returns {prefill, decode} tokens/s. */
  private double[] measure(Gpt2Model model, int[][] ids, int[][] mask) {
    KvCache empty = model.emptyCache(batch);
    long p0 = System.nanoTime();
    Gpt2Model.Step step = model.decode(ids, mask, empty);
    long p1 = System.nanoTime();
    empty.close();
    long d0 = System.nanoTime();
    for (int n = 0; n < newTokens; n++) {
      int[][] next = new int[batch][1];
      for (int b = 0; b < batch; b++) {
        next[b][0] = argmax(step.logits()[b]);
      }
      int[][] grown = new int[batch][promptTokens + n + 1];
      for (int[] row : grown) {
        Arrays.fill(row, 1);
      }
      Gpt2Model.Step following = model.decode(next, grown, step.cache());
      step.cache().close();
      step = following;
    }
    long d1 = System.nanoTime();
    step.cache().close();
    return new double[] {batch * promptTokens / seconds(p0, p1), batch * newTokens / seconds(d0, d1)};
  }

  /** First runs pay for graph optimisation and allocation; do them on small and full shapes first. */
  private static void warmUp(Gpt2Model model, int[][] ids, int[][] mask) {
    int b = ids.length;
    int[][] small = new int[b][];
    int[][] smallMask = new int[b][];
    for (int i = 0; i < b; i++) {
      small[i] = Arrays.copyOf(ids[i], Math.min(4, ids[i].length));
      smallMask[i] = Arrays.copyOf(mask[i], small[i].length);
    }
    for (int round = 0; round < 2; round++) {
      KvCache empty = model.emptyCache(b);
      Gpt2Model.Step s = model.decode(round == 0 ? small : ids, round == 0 ? smallMask : mask, empty);
      empty.close();
      int width = (round == 0 ? small : ids)[0].length;
      int[][] one = new int[b][1];
      int[][] m = new int[b][width + 1];
      for (int[] row : m) {
        Arrays.fill(row, 1);
      }
      Gpt2Model.Step s2 = model.decode(one, m, s.cache());
      s.cache().close();
      s2.cache().close();
    }
  }

  private static int argmax(float[] l) {
    int best = 0;
    for (int i = 1; i < l.length; i++) {
      if (l[i] > l[best]) {
        best = i;
      }
    }
    return best;
  }

  private static double seconds(long a, long b) {
    return (b - a) / 1e9;
  }

  private static double round(double v) {
    return Math.round(v * 10) / 10.0;
  }
}
