package io.copydeck.models.train;

import io.copydeck.models.Gpt2Config;
import io.copydeck.models.Gpt2Weights;
import io.copydeck.models.ModelException;
import io.copydeck.models.ModelFolder;
import io.copydeck.models.safetensors.DType;
import io.copydeck.models.safetensors.SafeTensors;
import io.copydeck.models.safetensors.SafeTensorsWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything a run needs to continue where it stopped: F32 weights, Adam's two moments, the step
 * (which also fixes the data position and the learning rate) and the tokens and time spent so far.
 * Stored as a folder with config.json and one safetensors file (moments as adam_m.NAME / adam_v.NAME,
 * counters in the header's metadata), written to a temporary name and moved into place, so an
 * interrupted save never leaves a half-written checkpoint.
 */
public record Checkpoint(Gpt2Config config, Map<String, float[]> weights, Map<String, float[]> adamM,
    Map<String, float[]> adamV, long step, long tokensSeen, double secondsSpent) {

  static final String STATE = "state.safetensors";

  public void write(Path dir) throws IOException {
    Files.createDirectories(dir);
    config.write(dir.resolve(ModelFolder.CONFIG));
    SafeTensorsWriter w = new SafeTensorsWriter(Map.of(
        "format", "copydeck-train", "step", Long.toString(step), "tokens_seen", Long.toString(tokensSeen),
        "seconds_spent", Double.toString(secondsSpent)));
    for (Gpt2Weights.Spec spec : Gpt2Weights.specs(config)) {
      w.add(spec.name(), DType.F32, weights.get(spec.name()), spec.shape());
      w.add("adam_m." + spec.name(), DType.F32, adamM.get(spec.name()), spec.shape());
      w.add("adam_v." + spec.name(), DType.F32, adamV.get(spec.name()), spec.shape());
    }
    Path tmp = dir.resolve(STATE + ".tmp");
    w.write(tmp);
    Files.move(tmp, dir.resolve(STATE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  public static Checkpoint read(Path dir) {
    Path file = dir.resolve(STATE);
    if (!Files.isRegularFile(file)) {
      throw new ModelException(dir + ": not a checkpoint (no " + STATE + ")");
    }
    Gpt2Config config = Gpt2Config.read(dir.resolve(ModelFolder.CONFIG));
    try (SafeTensors st = SafeTensors.open(file)) {
      Map<String, float[]> w = new LinkedHashMap<>();
      Map<String, float[]> m = new LinkedHashMap<>();
      Map<String, float[]> v = new LinkedHashMap<>();
      for (Gpt2Weights.Spec spec : Gpt2Weights.specs(config)) {
        w.put(spec.name(), tensor(st, spec.name(), spec));
        m.put(spec.name(), tensor(st, "adam_m." + spec.name(), spec));
        v.put(spec.name(), tensor(st, "adam_v." + spec.name(), spec));
      }
      Map<String, String> meta = st.metadata();
      return new Checkpoint(config, w, m, v, Long.parseLong(meta.getOrDefault("step", "0")),
          Long.parseLong(meta.getOrDefault("tokens_seen", "0")),
          Double.parseDouble(meta.getOrDefault("seconds_spent", "0")));
    }
  }

  private static float[] tensor(SafeTensors st, String name, Gpt2Weights.Spec spec) {
    if (!st.contains(name)) {
      throw new ModelException(st.file() + ": checkpoint tensor " + name + " is missing");
    }
    return st.floats(name, spec.shape());
  }
}
