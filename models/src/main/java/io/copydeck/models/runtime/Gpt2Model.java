package io.copydeck.models.runtime;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ModelNotFoundException;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.tensorflow.engine.TfSymbolBlock;
import ai.djl.training.ParameterStore;
import ai.djl.translate.NoopTranslator;
import io.copydeck.models.Gpt2Config;
import io.copydeck.models.ModelException;
import io.copydeck.models.ModelFolder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.tensorflow.proto.ConfigProto;
import org.tensorflow.proto.GPUOptions;
import org.tensorflow.proto.GraphOptions;
import org.tensorflow.proto.OptimizerOptions;

/**
 * A GPT-2 SavedModel loaded through DJL's TensorFlow engine. {@link #logits} runs the full forward
 * signature; {@link #decode} runs one step of the KV-cached decode signature (prefill is the first
 * step, with an empty cache).
 */
public final class Gpt2Model implements AutoCloseable {
  private final ZooModel<NDList, NDList> model;
  private final TfSymbolBlock forward;
  private final TfSymbolBlock decode;
  private final TfSymbolBlock keepRows;
  private final Gpt2Config config;
  private final Device device;
  private final NDManager manager;

  /** The output of one decode step: last-position logits [B][V] and the grown cache. */
  public record Step(float[][] logits, KvCache cache) {}

  private Gpt2Model(ZooModel<NDList, NDList> model, Gpt2Config config, Device device) {
    this.model = model;
    this.forward = (TfSymbolBlock) model.getBlock();
    // Second signature over the same session and variables: no second copy of the weights.
    this.decode = new TfSymbolBlock(forward.getSavedModelBundle(), Gpt2Graph.DECODE);
    this.keepRows = new TfSymbolBlock(forward.getSavedModelBundle(), Gpt2Graph.KEEP_ROWS);
    this.config = config;
    this.device = device;
    this.manager = model.getNDManager();
  }

  /** {@link #open(ModelFolder, RuntimeOptions)} with the default device, threads and cache. */
  public static Gpt2Model open(ModelFolder folder) {
    return open(folder, RuntimeOptions.defaults());
  }

  /** Imports the folder (once per weights checksum) and loads the SavedModel. */
  public static Gpt2Model open(ModelFolder folder, RuntimeOptions options) {
    Gpt2Importer.Imported imported = Gpt2Importer.importFolder(folder, options.cacheRoot(), options.precision());
    return load(imported.savedModel(), folder.config(), options);
  }

  public static Gpt2Model load(Path savedModel, Gpt2Config config, RuntimeOptions options) {
    TensorFlowRuntime.engine();
    Device device = TensorFlowRuntime.device(options.device());
    Criteria<NDList, NDList> criteria = Criteria.builder()
        .setTypes(NDList.class, NDList.class)
        .optModelPath(savedModel)
        .optEngine("TensorFlow")
        .optDevice(device)
        .optOption("SignatureDefKey", Gpt2Graph.FORWARD)
        .optOption("ConfigProto", sessionConfig(options, device))
        .optTranslator(new NoopTranslator())
        .build();
    try {
      return new Gpt2Model(criteria.loadModel(), config, device);
    } catch (IOException | ModelNotFoundException | MalformedModelException e) {
      throw new ModelException(savedModel + ": cannot load SavedModel: " + e.getMessage(), e);
    }
  }

  private static String sessionConfig(RuntimeOptions o, Device device) {
    ConfigProto.Builder b = ConfigProto.newBuilder()
        .setAllowSoftPlacement(true)
        .setGpuOptions(GPUOptions.newBuilder().setAllowGrowth(true));
    if (!device.isGpu()) {
      // The natives are CUDA builds; without this TensorFlow would still place ops on a visible GPU.
      b.putDeviceCount("GPU", 0);
    }
    int threads = o.threads() > 0 ? o.threads() : Runtime.getRuntime().availableProcessors();
    b.setIntraOpParallelismThreads(threads).setInterOpParallelismThreads(1);
    if (o.xla()) {
      b.setGraphOptions(GraphOptions.newBuilder().setOptimizerOptions(
          OptimizerOptions.newBuilder().setGlobalJitLevel(OptimizerOptions.GlobalJitLevel.ON_1)));
    }
    return Base64.getEncoder().encodeToString(b.build().toByteArray());
  }

  public Gpt2Config config() {
    return config;
  }

  public Device device() {
    return device;
  }

  public String deviceDescription() {
    return TensorFlowRuntime.describe(device);
  }

  /** Full forward: logits [B][T][V] for every position. Rows must have equal length (pad + mask). */
  public float[][][] logits(int[][] ids, int[][] mask) {
    int b = ids.length;
    int t = ids[0].length;
    try (NDManager m = manager.newSubManager()) {
      NDList in = new NDList(named(m, ids, "input_ids"), named(m, mask, "attention_mask"));
      NDList out = forward.forward(new ParameterStore(m, false), in, false);
      float[] flat = out.get(0).toFloatArray();
      int v = config.vocabSize();
      float[][][] r = new float[b][t][v];
      for (int i = 0; i < b; i++) {
        for (int j = 0; j < t; j++) {
          System.arraycopy(flat, (i * t + j) * v, r[i][j], 0, v);
        }
      }
      return r;
    }
  }

  /** An empty cache for a batch of {@code batch} rows; prefill is a decode step from it. */
  public KvCache emptyCache(int batch) {
    NDManager m = manager.newSubManager();
    Shape empty = new Shape(batch, config.nHead(), 0, config.headSize());
    List<NDArray> keys = new ArrayList<>();
    List<NDArray> values = new ArrayList<>();
    for (int i = 0; i < config.nLayer(); i++) {
      keys.add(m.create(new float[0], empty));
      values.add(m.create(new float[0], empty));
    }
    return new KvCache(m, keys, values, 0);
  }

  /**
   * One cached step: {@code ids} [B][T] are the new tokens, {@code mask} [B][S+T] covers past and
   * new positions. The returned cache holds S+T positions; the caller closes {@code past}.
   */
  public Step decode(int[][] ids, int[][] mask, KvCache past) {
    int b = ids.length;
    int t = ids[0].length;
    if (mask[0].length != past.length() + t) {
      throw new IllegalArgumentException("attention_mask has " + mask[0].length + " columns, expected "
          + (past.length() + t));
    }
    if (mask[0].length > config.nPositions()) {
      throw new ModelException("sequence of " + mask[0].length + " tokens exceeds n_positions " + config.nPositions());
    }
    NDManager m = manager.newSubManager();
    try {
      // input_ids first: DJL attaches the outputs to the manager of the first input.
      NDList in = new NDList(named(m, ids, "input_ids"), named(m, mask, "attention_mask"));
      for (int i = 0; i < config.nLayer(); i++) {
        // DJL feeds inputs by name; the arrays may still carry the previous step's output names.
        past.keys().get(i).setName(Gpt2Graph.pastKeyName(i));
        past.values().get(i).setName(Gpt2Graph.pastValueName(i));
        in.add(past.keys().get(i));
        in.add(past.values().get(i));
      }
      NDList out = decode.forward(new ParameterStore(m, false), in, false);
      NDArray logitsArray = out.get("logits");
      List<NDArray> keys = new ArrayList<>();
      List<NDArray> values = new ArrayList<>();
      for (int i = 0; i < config.nLayer(); i++) {
        keys.add(out.get(Gpt2Graph.presentKeyName(i)));
        values.add(out.get(Gpt2Graph.presentValueName(i)));
      }
      float[] flat = logitsArray.toFloatArray();
      logitsArray.close();
      int v = config.vocabSize();
      float[][] logits = new float[b][v];
      for (int i = 0; i < b; i++) {
        System.arraycopy(flat, i * v, logits[i], 0, v);
      }
      return new Step(logits, new KvCache(m, keys, values, past.length() + t));
    } catch (RuntimeException e) {
      m.close();
      throw e;
    }
  }

  /**
   * A cache holding only the given rows of {@code cache} (in that order), for dropping finished
   * rows from the batch. Runs as TensorFlow gathers; the caller closes {@code cache}.
   */
  public KvCache keepRows(KvCache cache, int[] rows) {
    NDManager m = manager.newSubManager();
    try {
      NDArray index = m.create(rows);
      index.setName("rows");
      NDList in = new NDList(index);
      for (int i = 0; i < config.nLayer(); i++) {
        cache.keys().get(i).setName(Gpt2Graph.pastKeyName(i));
        cache.values().get(i).setName(Gpt2Graph.pastValueName(i));
        in.add(cache.keys().get(i));
        in.add(cache.values().get(i));
      }
      NDList out = keepRows.forward(new ParameterStore(m, false), in, false);
      List<NDArray> keys = new ArrayList<>();
      List<NDArray> values = new ArrayList<>();
      for (int i = 0; i < config.nLayer(); i++) {
        keys.add(out.get(Gpt2Graph.presentKeyName(i)));
        values.add(out.get(Gpt2Graph.presentValueName(i)));
      }
      return new KvCache(m, keys, values, cache.length());
    } catch (RuntimeException e) {
      m.close();
      throw e;
    }
  }

  private static NDArray named(NDManager m, int[][] rows, String name) {
    int b = rows.length;
    int t = rows[0].length;
    int[] flat = new int[b * t];
    for (int i = 0; i < b; i++) {
      if (rows[i].length != t) {
        throw new IllegalArgumentException(name + ": rows differ in length; pad them");
      }
      System.arraycopy(rows[i], 0, flat, i * t, t);
    }
    NDArray a = m.create(flat, new Shape(b, t));
    a.setName(name);
    return a;
  }

  @Override
  public void close() {
    model.close();
  }
}
