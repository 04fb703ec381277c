package io.copydeck.models;

/**
 * GPT-2's forward pass in plain Java, written to be read, not to be fast: the oracle the
 * TensorFlow graph is checked against. Names follow nanoGPT (wte, wpe, ln_1, c_attn, c_proj,
 * ln_2, c_fc, ln_f); one sequence, no padding, no cache.
 */
public final class ReferenceGpt2 {
  private final Gpt2Config c;
  private final Gpt2Weights w;

  public ReferenceGpt2(Gpt2Weights w) {
    this.c = w.config();
    this.w = w;
  }

  /** Logits [T][V] for every position of {@code ids}. */
  public float[][] forward(int[] ids) {
    int t = ids.length;
    int d = c.nEmbd();
    float[][] x = new float[t][d];
    float[] wte = w.get("wte.weight");
    float[] wpe = w.get("wpe.weight");
    for (int i = 0; i < t; i++) {
      for (int j = 0; j < d; j++) {
        x[i][j] = wte[ids[i] * d + j] + wpe[i * d + j];
      }
    }
    for (int l = 0; l < c.nLayer(); l++) {
      String p = "h." + l + ".";
      float[][] a = attention(layerNorm(x, p + "ln_1"), p);
      add(x, a);
      float[][] h = linear(layerNorm(x, p + "ln_2"), p + "mlp.c_fc");
      for (float[] row : h) {
        for (int j = 0; j < row.length; j++) {
          row[j] = gelu(row[j]);
        }
      }
      add(x, linear(h, p + "mlp.c_proj"));
    }
    x = layerNorm(x, "ln_f");
    int v = c.vocabSize();
    float[][] logits = new float[t][v];
    for (int i = 0; i < t; i++) {
      for (int k = 0; k < v; k++) {
        double s = 0;
        for (int j = 0; j < d; j++) {
          s += x[i][j] * wte[k * d + j];
        }
        logits[i][k] = (float) s;
      }
    }
    return logits;
  }

  private float[][] attention(float[][] x, String p) {
    int t = x.length;
    int d = c.nEmbd();
    int nh = c.nHead();
    int hs = c.headSize();
    float[][] qkv = linear(x, p + "attn.c_attn");
    float[][] y = new float[t][d];
    for (int h = 0; h < nh; h++) {
      for (int i = 0; i < t; i++) {
        // causal: query i sees keys 0..i
        double[] att = new double[i + 1];
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j <= i; j++) {
          double s = 0;
          for (int e = 0; e < hs; e++) {
            s += qkv[i][h * hs + e] * qkv[j][d + h * hs + e];
          }
          att[j] = s / Math.sqrt(hs);
          max = Math.max(max, att[j]);
        }
        double sum = 0;
        for (int j = 0; j <= i; j++) {
          att[j] = Math.exp(att[j] - max);
          sum += att[j];
        }
        for (int e = 0; e < hs; e++) {
          double s = 0;
          for (int j = 0; j <= i; j++) {
            s += att[j] / sum * qkv[j][2 * d + h * hs + e];
          }
          y[i][h * hs + e] = (float) s;
        }
      }
    }
    return linear(y, p + "attn.c_proj");
  }

  private float[][] layerNorm(float[][] x, String p) {
    float[] g = w.get(p + ".weight");
    float[] b = w.get(p + ".bias");
    float[][] out = new float[x.length][];
    for (int i = 0; i < x.length; i++) {
      int d = x[i].length;
      double mean = 0;
      for (float v : x[i]) {
        mean += v;
      }
      mean /= d;
      double var = 0;
      for (float v : x[i]) {
        var += (v - mean) * (v - mean);
      }
      var /= d;
      double inv = 1 / Math.sqrt(var + c.layerNormEpsilon());
      out[i] = new float[d];
      for (int j = 0; j < d; j++) {
        out[i][j] = (float) ((x[i][j] - mean) * inv * g[j] + b[j]);
      }
    }
    return out;
  }

  /** y = x @ W + b, W stored [in, out] like GPT-2's Conv1D. */
  private float[][] linear(float[][] x, String p) {
    float[] wt = w.get(p + ".weight");
    float[] b = w.get(p + ".bias");
    int in = x[0].length;
    int out = b.length;
    float[][] y = new float[x.length][out];
    for (int i = 0; i < x.length; i++) {
      for (int o = 0; o < out; o++) {
        double s = b[o];
        for (int k = 0; k < in; k++) {
          s += x[i][k] * wt[k * out + o];
        }
        y[i][o] = (float) s;
      }
    }
    return y;
  }

  private static float gelu(float x) {
    return (float) (0.5 * x * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (x + 0.044715 * x * x * x))));
  }

  private static void add(float[][] x, float[][] y) {
    for (int i = 0; i < x.length; i++) {
      for (int j = 0; j < x[i].length; j++) {
        x[i][j] += y[i][j];
      }
    }
  }
}
