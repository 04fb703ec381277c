package io.copydeck.models.train;

import io.copydeck.models.Gpt2Config;
import io.copydeck.models.Gpt2Weights;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * GPT-2's initialisation for training from scratch (as in nanoGPT's _init_weights): every matrix
 * N(0, 0.02), the residual projections (attn.c_proj, mlp.c_proj) scaled by 1/sqrt(2 n_layer) so
 * the residual stream does not grow with depth, biases 0, layer-norm gains 1.
 * ({@link Gpt2Weights#random} gives biases noise too, which suits tests, not training.)
 */
public final class GptInit {
  private GptInit() {}

  public static Gpt2Weights weights(Gpt2Config config, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    double residualStd = 0.02 / Math.sqrt(2.0 * config.nLayer());
    Map<String, float[]> out = new LinkedHashMap<>();
    for (Gpt2Weights.Spec spec : Gpt2Weights.specs(config)) {
      long n = 1;
      for (long s : spec.shape()) {
        n *= s;
      }
      float[] a = new float[Math.toIntExact(n)];
      String name = spec.name();
      if (name.contains("ln_") && name.endsWith(".weight")) {
        java.util.Arrays.fill(a, 1f);
      } else if (name.endsWith(".weight")) {
        double std = name.endsWith("c_proj.weight") ? residualStd : 0.02;
        for (int i = 0; i < a.length; i++) {
          a[i] = (float) (gaussian(rng) * std);
        }
      }
      out.put(name, a);
    }
    return new Gpt2Weights(config, out);
  }

  private static double gaussian(SplittableRandom rng) {
    double u = 1.0 - rng.nextDouble();
    double v = rng.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** AdamW decays matrices only: biases, layer-norm parameters (and nothing else) are exempt. */
  static boolean decays(String name) {
    return name.endsWith(".weight") && !name.contains("ln_");
  }
}
