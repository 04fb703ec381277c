package io.copydeck.models.train;

import io.copydeck.models.Gpt2Config;
import io.copydeck.models.Gpt2Weights;
import io.copydeck.models.runtime.CausalSelfAttention;
import io.copydeck.models.runtime.Gpt2Forward;
import io.copydeck.models.runtime.TensorFlowRuntime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Output;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.core.Variable;
import org.tensorflow.op.linalg.MatMul;
import org.tensorflow.proto.ConfigProto;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * GPT-2 in a TensorFlow graph built for training, with its session. The network is the runtime's,
 * built by the same {@link Gpt2Forward} (nanoGPT's model.py: wte + wpe, pre-LN blocks of ln_1 →
 * causal self-attention → residual, ln_2 → MLP with tanh GELU → residual, ln_f, logits against the
 * tied wte), so weights trained here import unchanged. Differences that only training needs:
 * <ul>
 *   <li>Rows are right-padded and positions are 0..T-1: with the causal mask, padding after a row
 *       cannot reach its real positions, so no attention mask is fed.</li>
 *   <li>Dropout after the embeddings, on attention probabilities and on each residual branch, at a
 *       rate fed per run (0 for evaluation).</li>
 *   <li>Logits are computed only at the positions that carry a loss (completion tokens): the
 *       [N, 50257] projection is most of the cost, and prompts are most of the tokens.</li>
 *   <li>Loss = mean negative log-likelihood from log-softmax (SparseSoftmaxCrossEntropyWithLogits
 *       has no registered gradient in the C API).</li>
 *   <li>Gradients from Graph.addGradients, clipped by global norm, then AdamW: decoupled decay
 *       p ← p (1 − lr·wd) on matrices, then ApplyAdam. Every update depends on the global norm,
 *       which depends on every gradient, so no variable changes while the backward pass still
 *       reads it.</li>
 * </ul>
 * Variables are plain ref variables named after HF tensors with '.' → '_'; Adam's moments are
 * adam_m_* and adam_v_*.
 */
public final class TrainingGraph implements AutoCloseable {
  private final Gpt2Config c;
  private final Graph graph;
  private final Ops tf;
  private final Session session;
  private final Map<String, Variable<TFloat32>> params = new LinkedHashMap<>();
  private final Map<String, Variable<TFloat32>> adamM = new LinkedHashMap<>();
  private final Map<String, Variable<TFloat32>> adamV = new LinkedHashMap<>();
  private final Map<String, Placeholder<TFloat32>> loadValue = new LinkedHashMap<>();
  private final Map<String, Op> loadOp = new LinkedHashMap<>();

  private final Placeholder<TInt32> inputIds;
  private final Placeholder<TInt32> targetIndex;
  private final Placeholder<TInt32> targetIds;
  private final Placeholder<TFloat32> dropoutRate;
  private final Placeholder<TFloat32> learningRate;
  private final Placeholder<TFloat32> beta1Power;
  private final Placeholder<TFloat32> beta2Power;
  private final Operand<TFloat32> nllSum;
  private final Operand<TFloat32> gradNorm;
  private final Operand<TFloat32> allLogits;
  private final List<Op> updates = new ArrayList<>();
  private final TrainSettings settings;

  /** Loss, gradient norm before clipping, and token counts of one training step. */
  public record StepResult(double loss, double gradNorm, int targets) {}

  public TrainingGraph(Gpt2Config config, TrainSettings settings, int threads) {
    TensorFlowRuntime.engine(); // loads the JNI library before any org.tensorflow class
    this.c = config;
    this.settings = settings;
    this.graph = new Graph();
    this.tf = Ops.create(graph);
    for (Gpt2Weights.Spec spec : Gpt2Weights.specs(c)) {
      params.put(spec.name(), variable(spec, ""));
      adamM.put(spec.name(), variable(spec, "adam_m_"));
      adamV.put(spec.name(), variable(spec, "adam_v_"));
    }
    inputIds = tf.withName("input_ids").placeholder(TInt32.class, Placeholder.shape(Shape.of(-1, -1)));
    targetIndex = tf.withName("target_index").placeholder(TInt32.class, Placeholder.shape(Shape.of(-1)));
    targetIds = tf.withName("target_ids").placeholder(TInt32.class, Placeholder.shape(Shape.of(-1)));
    dropoutRate = scalar("dropout_rate");
    learningRate = scalar("learning_rate");
    beta1Power = scalar("beta1_power");
    beta2Power = scalar("beta2_power");

    Operand<TFloat32> h = transformer(inputIds);                                  // [B*T, d]
    Operand<TFloat32> selected = tf.gather(h, targetIndex, tf.constant(0));        // [N, d]
    Operand<TFloat32> logits = tf.linalg.matMul(selected, p("wte.weight"), MatMul.transposeB(true));
    Operand<TFloat32> logProbs = tf.nn.logSoftmax(logits);
    Operand<TFloat32> oneHot = tf.oneHot(targetIds, tf.constant(c.vocabSize()), tf.constant(1f), tf.constant(0f));
    Operand<TFloat32> nll = tf.math.neg(tf.sum(tf.math.mul(oneHot, logProbs), tf.constant(1)));  // [N]
    nllSum = tf.withName("nll_sum").sum(nll, tf.constant(0));
    Operand<TFloat32> loss = tf.withName("loss").math.mean(nll, tf.constant(0));
    allLogits = tf.withName("all_logits").linalg.matMul(h, p("wte.weight"), MatMul.transposeB(true));

    List<String> names = new ArrayList<>(params.keySet());
    Output<?>[] xs = new Output<?>[names.size()];
    for (int i = 0; i < xs.length; i++) {
      xs[i] = params.get(names.get(i)).asOutput();
    }
    Output<?>[] grads = graph.addGradients(loss.asOutput(), xs);
    List<Operand<TFloat32>> squares = new ArrayList<>();
    for (Output<?> g : grads) {
      squares.add(tf.sum(tf.math.square(tf.reshape(f32(g), tf.constant(new int[] {-1}))), tf.constant(0)));
    }
    gradNorm = tf.withName("grad_norm").math.sqrt(tf.math.addN(squares));
    Operand<TFloat32> clip = tf.constant((float) settings.gradClip());
    Operand<TFloat32> scale = tf.math.div(clip, tf.math.maximum(gradNorm, clip));
    Operand<TFloat32> decayFactor = tf.math.sub(tf.constant(1f),
        tf.math.mul(learningRate, tf.constant((float) settings.weightDecay())));
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      Variable<TFloat32> var = params.get(name);
      Ops after = tf.withControlDependencies(List.of(gradNorm));
      Op decayed = GptInit.decays(name) && settings.weightDecay() > 0
          ? after.assign(var, after.math.mul(var, decayFactor))
          : gradNorm;
      Ops step = tf.withControlDependencies(List.of(decayed));
      updates.add(step.train.applyAdam(var, adamM.get(name), adamV.get(name), beta1Power, beta2Power, learningRate,
          tf.constant((float) settings.beta1()), tf.constant((float) settings.beta2()), tf.constant(1e-8f),
          tf.math.mul(f32(grads[i]), scale)));
    }
    ConfigProto.Builder cfg = ConfigProto.newBuilder()
        .setIntraOpParallelismThreads(threads > 0 ? threads : Runtime.getRuntime().availableProcessors())
        .setInterOpParallelismThreads(1);
    session = new Session(graph, cfg.build());
  }

  private Variable<TFloat32> variable(Gpt2Weights.Spec spec, String prefix) {
    String n = prefix + spec.name().replace('.', '_');
    Variable<TFloat32> v = tf.withName(n).variable(Shape.of(spec.shape()), TFloat32.class);
    Placeholder<TFloat32> value = tf.withName("load_" + n)
        .placeholder(TFloat32.class, Placeholder.shape(Shape.of(spec.shape())));
    loadValue.put(n, value);
    loadOp.put(n, tf.withName("assign_" + n).assign(v, value));
    return v;
  }

  private Placeholder<TFloat32> scalar(String name) {
    return tf.withName(name).placeholder(TFloat32.class, Placeholder.shape(Shape.scalar()));
  }

  @SuppressWarnings("unchecked")
  private static Operand<TFloat32> f32(Output<?> o) {
    return (Operand<TFloat32>) o;
  }

  public Gpt2Config config() {
    return c;
  }

  // ---- the network -------------------------------------------------------------------------

  /** Positions 0..T-1 and a causal bias, then {@link Gpt2Forward} with dropout: ln_f(x) as [B*T, d]. */
  private Operand<TFloat32> transformer(Operand<TInt32> ids) {
    Operand<TInt32> bt = tf.shape(ids);
    Operand<TInt32> t = tf.gather(bt, tf.constant(1), tf.constant(0));
    Operand<TInt32> positions = tf.range(tf.constant(0), t, tf.constant(1));
    // Causal bias [T,T]: 0 where key j <= query i, -1e9 elsewhere (broadcast over batch and heads).
    Operand<TFloat32> causal = tf.dtypes.cast(tf.math.lessEqual(
        tf.expandDims(positions, tf.constant(0)), tf.expandDims(positions, tf.constant(1))), TFloat32.class);
    Operand<TFloat32> bias = tf.math.mul(tf.math.sub(causal, tf.constant(1f)), tf.constant(1e9f));
    return Gpt2Forward.training(tf, c, params::get, dropoutRate)
        .transformer(ids, positions, new CausalSelfAttention(tf, c.nHead(), c.headSize(), bt, bias), null, null);
  }

  private Variable<TFloat32> p(String name) {
    return params.get(name);
  }

  // ---- running -----------------------------------------------------------------------------

  /** One AdamW step ({@code step} counts from 0) at learning rate {@code lr}. */
  public StepResult train(Batch batch, double lr, long step) {
    double b1 = Math.pow(settings.beta1(), step + 1);
    double b2 = Math.pow(settings.beta2(), step + 1);
    try (Inputs in = new Inputs(batch);
        TFloat32 rate = TFloat32.scalarOf((float) settings.dropout());
        TFloat32 lrT = TFloat32.scalarOf((float) lr);
        TFloat32 b1T = TFloat32.scalarOf((float) b1);
        TFloat32 b2T = TFloat32.scalarOf((float) b2)) {
      Session.Runner r = in.feed(session.runner()).feed(dropoutRate, rate).feed(learningRate, lrT)
          .feed(beta1Power, b1T).feed(beta2Power, b2T).fetch(nllSum).fetch(gradNorm);
      for (Op u : updates) {
        r.addTarget(u);
      }
      try (Result res = r.run()) {
        double sum = ((TFloat32) res.get(0)).getFloat();
        double norm = ((TFloat32) res.get(1)).getFloat();
        return new StepResult(sum / batch.targetIds().length, norm, batch.targetIds().length);
      }
    }
  }

  /** Summed negative log-likelihood of the batch's targets, without dropout or updates. */
  public double nllSum(Batch batch) {
    try (Inputs in = new Inputs(batch); TFloat32 rate = TFloat32.scalarOf(0f);
        Result res = in.feed(session.runner()).feed(dropoutRate, rate).fetch(nllSum).run()) {
      return ((TFloat32) res.get(0)).getFloat();
    }
  }

  /** Logits [T][V] at every position of one unpadded sequence (dropout off). */
  public float[][] logits(int[] ids) {
    try (TInt32 idsT = TInt32.tensorOf(Shape.of(1, ids.length), DataBuffers.of(ids, true, false));
        TFloat32 rate = TFloat32.scalarOf(0f);
        Result res = session.runner().feed(inputIds, idsT).feed(dropoutRate, rate).fetch(allLogits).run()) {
      float[] flat = new float[ids.length * c.vocabSize()];
      ((TFloat32) res.get(0)).copyTo(DataBuffers.of(flat, false, false));
      float[][] out = new float[ids.length][c.vocabSize()];
      for (int i = 0; i < ids.length; i++) {
        System.arraycopy(flat, i * c.vocabSize(), out[i], 0, c.vocabSize());
      }
      return out;
    }
  }

  /** Sets the weights and zeroes Adam's moments (a fresh start or a fine-tune). */
  public void load(Gpt2Weights weights) {
    Map<String, float[]> zeros = new LinkedHashMap<>();
    for (Gpt2Weights.Spec spec : Gpt2Weights.specs(c)) {
      zeros.put(spec.name(), new float[weights.get(spec.name()).length]);
    }
    load(weights.tensors(), zeros, zeros);
  }

  /** Sets weights and both Adam moments (a resumed run). */
  public void load(Map<String, float[]> weights, Map<String, float[]> m, Map<String, float[]> v) {
    for (Gpt2Weights.Spec spec : Gpt2Weights.specs(c)) {
      String n = spec.name().replace('.', '_');
      assign(n, spec, weights.get(spec.name()));
      assign("adam_m_" + n, spec, m.get(spec.name()));
      assign("adam_v_" + n, spec, v.get(spec.name()));
    }
  }

  private void assign(String varName, Gpt2Weights.Spec spec, float[] value) {
    if (value == null) {
      throw new IllegalArgumentException("no value for " + varName);
    }
    try (TFloat32 t = TFloat32.tensorOf(Shape.of(spec.shape()), DataBuffers.of(value, true, false));
        Result r = session.runner().feed(loadValue.get(varName), t).addTarget(loadOp.get(varName)).run()) {
      // nothing to read back
    }
  }

  /** Current weights as HF-named arrays. */
  public Gpt2Weights weights() {
    return new Gpt2Weights(c, read(params));
  }

  public Map<String, float[]> adamFirstMoments() {
    return read(adamM);
  }

  public Map<String, float[]> adamSecondMoments() {
    return read(adamV);
  }

  private Map<String, float[]> read(Map<String, Variable<TFloat32>> vars) {
    Map<String, float[]> out = new LinkedHashMap<>();
    for (Gpt2Weights.Spec spec : Gpt2Weights.specs(c)) {
      long n = 1;
      for (long s : spec.shape()) {
        n *= s;
      }
      float[] a = new float[Math.toIntExact(n)];
      try (Result r = session.runner().fetch(vars.get(spec.name())).run()) {
        ((TFloat32) r.get(0)).copyTo(DataBuffers.of(a, false, false));
      }
      out.put(spec.name(), a);
    }
    return out;
  }

  @Override
  public void close() {
    session.close();
    graph.close();
  }

  /** The batch as tensors, closed after the run. */
  private final class Inputs implements AutoCloseable {
    final TInt32 ids;
    final TInt32 index;
    final TInt32 targets;

    Inputs(Batch b) {
      int[] flat = new int[b.rows() * b.length()];
      for (int i = 0; i < b.rows(); i++) {
        System.arraycopy(b.inputIds()[i], 0, flat, i * b.length(), b.length());
      }
      ids = TInt32.tensorOf(Shape.of(b.rows(), b.length()), DataBuffers.of(flat, true, false));
      index = TInt32.tensorOf(Shape.of(b.targetIndex().length), DataBuffers.of(b.targetIndex(), true, false));
      targets = TInt32.tensorOf(Shape.of(b.targetIds().length), DataBuffers.of(b.targetIds(), true, false));
    }

    Session.Runner feed(Session.Runner r) {
      return r.feed(inputIds, ids).feed(targetIndex, index).feed(targetIds, targets);
    }

    @Override
    public void close() {
      ids.close();
      index.close();
      targets.close();
    }
  }
}
