package io.copydeck.models;

import io.copydeck.models.safetensors.DType;
import io.copydeck.models.safetensors.SafeTensors;
import io.copydeck.models.safetensors.SafeTensorsWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * All GPT-2 weights as float32 arrays, keyed by Hugging Face's tensor names without the
 * "transformer." prefix (wte.weight, h.0.attn.c_attn.weight, ...). Linear weights are stored
 * [in, out] as in GPT-2's Conv1D, so y = x @ W + b.
 */
public record Gpt2Weights(Gpt2Config config, Map<String, float[]> tensors) {

  /** A tensor GPT-2 needs: its name and shape. */
  public record Spec(String name, long[] shape) {}

  public static List<Spec> specs(Gpt2Config c) {
    long d = c.nEmbd();
    List<Spec> s = new ArrayList<>();
    s.add(new Spec("wte.weight", new long[] {c.vocabSize(), d}));
    s.add(new Spec("wpe.weight", new long[] {c.nPositions(), d}));
    for (int i = 0; i < c.nLayer(); i++) {
      String p = "h." + i + ".";
      s.add(new Spec(p + "ln_1.weight", new long[] {d}));
      s.add(new Spec(p + "ln_1.bias", new long[] {d}));
      s.add(new Spec(p + "attn.c_attn.weight", new long[] {d, 3 * d}));
      s.add(new Spec(p + "attn.c_attn.bias", new long[] {3 * d}));
      s.add(new Spec(p + "attn.c_proj.weight", new long[] {d, d}));
      s.add(new Spec(p + "attn.c_proj.bias", new long[] {d}));
      s.add(new Spec(p + "ln_2.weight", new long[] {d}));
      s.add(new Spec(p + "ln_2.bias", new long[] {d}));
      s.add(new Spec(p + "mlp.c_fc.weight", new long[] {d, 4 * d}));
      s.add(new Spec(p + "mlp.c_fc.bias", new long[] {4 * d}));
      s.add(new Spec(p + "mlp.c_proj.weight", new long[] {4 * d, d}));
      s.add(new Spec(p + "mlp.c_proj.bias", new long[] {d}));
    }
    s.add(new Spec("ln_f.weight", new long[] {d}));
    s.add(new Spec("ln_f.bias", new long[] {d}));
    return s;
  }

  public float[] get(String name) {
    float[] t = tensors.get(name);
    if (t == null) {
      throw new ModelException("weights: tensor " + name + " is missing");
    }
    return t;
  }

  /**
   * Checks from the file's header alone (no weights read) that it holds every tensor the config
   * asks for, with its shape, and no transformer block beyond the config's {@code n_layer}: a
   * config.json edited away from its weights is a clear error, not a crash deep in the runtime.
   */
  public static void checkFits(Path file, Gpt2Config config) {
    try (SafeTensors st = SafeTensors.open(file)) {
      int layers = 0;
      while (st.contains("h." + layers + ".ln_1.weight") || st.contains("transformer.h." + layers + ".ln_1.weight")) {
        layers++;
      }
      if (layers != config.nLayer()) {
        throw new ModelException(file.resolveSibling(ModelFolder.CONFIG) + ": n_layer is " + config.nLayer() + " but "
            + file.getFileName() + " holds " + layers + " transformer blocks; set \"n_layer\": " + layers
            + " or use the weights this config was written for");
      }
      for (Spec spec : specs(config)) {
        String name = st.contains(spec.name()) ? spec.name() : "transformer." + spec.name();
        if (!st.contains(name)) {
          throw new ModelException(file + ": tensor " + spec.name() + " is missing");
        }
        long[] shape = st.info(name).shape();
        if (!java.util.Arrays.equals(shape, spec.shape())) {
          throw new ModelException(file.resolveSibling(ModelFolder.CONFIG) + " does not fit " + file.getFileName()
              + ": tensor " + spec.name() + " is " + java.util.Arrays.toString(shape) + ", the config asks for "
              + java.util.Arrays.toString(spec.shape()) + "; fix vocab_size, n_positions or n_embd in config.json");
        }
      }
    }
  }

  /** Reads every tensor GPT-2 needs, checking shapes; accepts names with or without "transformer.". */
  public static Gpt2Weights read(Path file, Gpt2Config config) {
    try (SafeTensors st = SafeTensors.open(file)) {
      Map<String, float[]> out = new LinkedHashMap<>();
      for (Spec spec : specs(config)) {
        String name = st.contains(spec.name()) ? spec.name() : "transformer." + spec.name();
        if (!st.contains(name)) {
          throw new ModelException(file + ": tensor " + spec.name() + " is missing");
        }
        out.put(spec.name(), st.floats(name, spec.shape()));
      }
      return new Gpt2Weights(config, out);
    }
  }

  /**
   * Random weights with GPT-2's initialisation scale (N(0, 0.02), layer-norm gains near 1), the same
   * recipe as torch_gpt2.py's random_weights. Good for tests and throughput measurements.
   */
  public static Gpt2Weights random(Gpt2Config config, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    Map<String, float[]> out = new LinkedHashMap<>();
    for (Spec spec : specs(config)) {
      long n = 1;
      for (long s : spec.shape()) {
        n *= s;
      }
      float[] a = new float[(int) n];
      boolean gain = spec.name().endsWith("ln_1.weight") || spec.name().endsWith("ln_2.weight");
      if (spec.name().equals("ln_f.weight")) {
        java.util.Arrays.fill(a, 1f);
      } else if (!spec.name().equals("ln_f.bias")) {
        for (int i = 0; i < a.length; i++) {
          a[i] = (float) (gaussian(rng) * 0.02) + (gain ? 1f : 0f);
        }
      }
      out.put(spec.name(), a);
    }
    return new Gpt2Weights(config, out);
  }

  private static double gaussian(SplittableRandom rng) {
    // Box-Muller; SplittableRandom has no nextGaussian on Java 17
    double u = 1.0 - rng.nextDouble();
    double v = rng.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** Writes the weights as an HF folder's model.safetensors. */
  public void write(Path file, DType dtype) throws IOException {
    SafeTensorsWriter w = new SafeTensorsWriter();
    for (Spec spec : specs(config)) {
      w.add(spec.name(), dtype, get(spec.name()), spec.shape());
    }
    w.write(file);
  }

  /** Writes config.json and model.safetensors into {@code dir}. */
  public void writeFolder(Path dir, DType dtype) throws IOException {
    java.nio.file.Files.createDirectories(dir);
    config.write(dir.resolve(ModelFolder.CONFIG));
    write(dir.resolve(ModelFolder.WEIGHTS), dtype);
  }
}
