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
import java.util.Base64;
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
    this.config = config;
    this.device = device;
    this.manager = model.getNDManager();
  }

  /** Imports the folder (once per weights checksum) and loads the SavedModel. */
  public static Gpt2Model open(ModelFolder folder, RuntimeOptions options) {
    Gpt2Importer.Imported imported = Gpt2Importer.importFolder(folder, options.cacheRoot());
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
        .optOption("ConfigProto", sessionConfig(options))
        .optTranslator(new NoopTranslator())
        .build();
    try {
      return new Gpt2Model(criteria.loadModel(), config, device);
    } catch (IOException | ModelNotFoundException | MalformedModelException e) {
      throw new ModelException(savedModel + ": cannot load SavedModel: " + e.getMessage(), e);
    }
  }

  private static String sessionConfig(RuntimeOptions o) {
    ConfigProto.Builder b = ConfigProto.newBuilder()
        .setAllowSoftPlacement(true)
        .setGpuOptions(GPUOptions.newBuilder().setAllowGrowth(true));
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
    NDArray kv = m.create(new float[0],
        new Shape(config.nLayer(), 2, batch, config.nHead(), 0, config.headSize()));
    return new KvCache(m, kv, 0);
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
      NDArray pastKv = past.keysValues();
      pastKv.setName("past_key_values");
      // input_ids first: DJL attaches the outputs to the manager of the first input.
      NDList in = new NDList(named(m, ids, "input_ids"), named(m, mask, "attention_mask"), pastKv);
      NDList out = decode.forward(new ParameterStore(m, false), in, false);
      NDArray logitsArray = out.get("logits");
      NDArray present = out.get("present_key_values");
      float[] flat = logitsArray.toFloatArray();
      logitsArray.close();
      int v = config.vocabSize();
      float[][] logits = new float[b][v];
      for (int i = 0; i < b; i++) {
        System.arraycopy(flat, i * v, logits[i], 0, v);
      }
      return new Step(logits, new KvCache(m, present, past.length() + t));
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
