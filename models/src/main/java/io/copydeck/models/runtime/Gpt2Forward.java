package io.copydeck.models.runtime;

import io.copydeck.models.Gpt2Config;
import io.copydeck.models.runtime.CausalSelfAttention.KeysValues;
import java.util.List;
import java.util.Objects;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.op.math.Mean;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;
import org.tensorflow.types.family.TType;

/**
 * GPT-2's forward pass, the one builder behind both the inference graph and the training graph,
 * as nanoGPT's {@code GPT.forward} serves both: {@code transformer} = wte + wpe, the nLayer blocks
 * h.i of x + attn(ln_1(x)) and x + mlp(ln_2(x)), then ln_f. The tied LM head stays with the
 * callers: inference multiplies by a transposed copy of wte and only at the last position, training
 * only at the positions that carry a loss.
 *
 * <p>What the two graphs do differently comes in from outside: where each token sits (positions:
 * from the attention mask and past length at inference, 0..T-1 in training), which keys each query
 * may see (the attention's bias), how a weight is stored ({@link Weights}), and whether dropout is
 * on ({@link #training}). Dropout is not built at all for inference, so its graph carries no
 * random ops.
 */
public final class Gpt2Forward {
  /**
   * A weight by its GPT-2 (HF) name, such as {@code h.0.attn.c_attn.weight}, in its storage type:
   * float32 variables in training; at inference the matmul weights may be BF16, and are multiplied
   * in that type.
   */
  @FunctionalInterface
  public interface Weights {
    Operand<? extends TType> get(String name);
  }

  private final Ops tf;
  private final Gpt2Config c;
  private final Weights weights;
  private final boolean training;
  private final Operand<TFloat32> dropoutRate;

  private Gpt2Forward(Ops tf, Gpt2Config c, Weights weights, boolean training, Operand<TFloat32> dropoutRate) {
    this.tf = tf;
    this.c = c;
    this.weights = weights;
    this.training = training;
    this.dropoutRate = dropoutRate;
  }

  /** Without dropout, for the inference graph. */
  public static Gpt2Forward inference(Ops tf, Gpt2Config c, Weights weights) {
    return new Gpt2Forward(tf, c, weights, false, null);
  }

  /**
   * With dropout after the embeddings, on attention probabilities and on each residual branch, at
   * {@code dropoutRate} (a scalar fed per run, so evaluation feeds 0 in the same graph).
   */
  public static Gpt2Forward training(Ops tf, Gpt2Config c, Weights weights, Operand<TFloat32> dropoutRate) {
    return new Gpt2Forward(tf, c, weights, true, Objects.requireNonNull(dropoutRate, "dropoutRate"));
  }

  /**
   * ln_f(h(wte[ids] + wpe[positions])) as [B*T, d], ready for the LM head.
   *
   * @param ids token ids [B, T]
   * @param positions position of each token, [B, T] or [T]
   * @param attention built on the shape of {@code ids} and the bias that says which keys each query may see
   * @param past per layer, the cached keys and values of earlier positions, or null without a cache
   * @param present receives each layer's keys and values, past included, in layer order; or null
   */
  public Operand<TFloat32> transformer(Operand<TInt32> ids, Operand<TInt32> positions,
      CausalSelfAttention attention, List<KeysValues> past, List<KeysValues> present) {
    Operand<TFloat32> x = embeddings(ids, positions);
    for (int i = 0; i < c.nLayer(); i++) {
      x = block("h." + i + ".", x, attention, past == null ? null : past.get(i), present);
    }
    return layerNorm(x, "ln_f");
  }

  private Operand<TFloat32> embeddings(Operand<TInt32> ids, Operand<TInt32> positions) {
    Operand<TFloat32> tok = tf.gather(float32("wte.weight"), ids, tf.constant(0));
    Operand<TFloat32> pos = tf.gather(float32("wpe.weight"), positions, tf.constant(0));
    return dropout(tf.reshape(tf.math.add(tok, pos), tf.constant(new int[] {-1, c.nEmbd()})));
  }

  /** One pre-LN block h.i; {@code h} is its name prefix, "h.3.". */
  private Operand<TFloat32> block(String h, Operand<TFloat32> x, CausalSelfAttention attention,
      KeysValues past, List<KeysValues> present) {
    x = tf.math.add(x, dropout(attn(layerNorm(x, h + "ln_1"), h, attention, past, present)));
    return tf.math.add(x, dropout(mlp(layerNorm(x, h + "ln_2"), h)));
  }

  private Operand<TFloat32> attn(Operand<TFloat32> x, String h, CausalSelfAttention attention,
      KeysValues past, List<KeysValues> present) {
    Operand<TFloat32> y = attention.apply(linear(x, h + "attn.c_attn"), past,
        present == null ? null : present::add, this::dropout);
    return linear(y, h + "attn.c_proj");
  }

  private Operand<TFloat32> mlp(Operand<TFloat32> x, String h) {
    return linear(gelu(linear(x, h + "mlp.c_fc")), h + "mlp.c_proj");
  }

  /**
   * GPT-2's tanh approximation, 0.5 x (1 + tanh(√(2/π) (x + 0.044715 x³))), computed as the
   * identical x · sigmoid(x (2√(2/π) + 2·0.044715·√(2/π) x²)), since ½(1 + tanh z) = sigmoid(2z):
   * six elementwise ops instead of nine, each a full pass over the MLP's widest activations.
   */
  private Operand<TFloat32> gelu(Operand<TFloat32> x) {
    double k = 2 * Math.sqrt(2 / Math.PI);
    Operand<TFloat32> inner = tf.math.add(tf.constant((float) k),
        tf.math.mul(tf.constant((float) (k * 0.044715)), tf.math.square(x)));
    return tf.math.mul(x, tf.math.sigmoid(tf.math.mul(x, inner)));
  }

  /** Layer norm over the last axis, then the learned gain and bias. */
  private Operand<TFloat32> layerNorm(Operand<TFloat32> x, String name) {
    Operand<TFloat32> weight = float32(name + ".weight");
    Operand<TFloat32> bias = float32(name + ".bias");
    Operand<TInt32> lastAxis = tf.constant(new int[] {-1});
    Operand<TFloat32> mean = tf.math.mean(x, lastAxis, Mean.keepDims(true));
    Operand<TFloat32> centered = tf.math.sub(x, mean);
    Operand<TFloat32> variance = tf.math.mean(tf.math.square(centered), lastAxis, Mean.keepDims(true));
    Operand<TFloat32> norm = tf.math.mul(centered,
        tf.math.rsqrt(tf.math.add(variance, tf.constant((float) c.layerNormEpsilon()))));
    return tf.math.add(tf.math.mul(norm, weight), bias);
  }

  /** GPT-2's Conv1D: y = x @ W + b with W stored [in, out]. */
  private Operand<TFloat32> linear(Operand<TFloat32> x, String name) {
    return tf.nn.biasAdd(matMul(tf, x, weight(name + ".weight")), float32(name + ".bias"));
  }

  /** Inverted dropout: keep with probability 1 − rate and scale by 1/(1 − rate); identity at rate 0. */
  private Operand<TFloat32> dropout(Operand<TFloat32> x) {
    if (!training) {
      return x;
    }
    Operand<TFloat32> keep = tf.dtypes.cast(
        tf.math.greaterEqual(tf.random.randomUniform(tf.shape(x), TFloat32.class), dropoutRate), TFloat32.class);
    return tf.math.mul(x, tf.math.div(keep, tf.math.sub(tf.constant(1f), dropoutRate)));
  }

  private Operand<? extends TType> weight(String name) {
    return Objects.requireNonNull(weights.get(name), () -> "no weight " + name);
  }

  /** Embeddings, biases and layer norms are read in float32 whatever their storage. */
  private Operand<TFloat32> float32(String name) {
    return float32(tf, weight(name));
  }

  @SuppressWarnings("unchecked")
  static Operand<TFloat32> float32(Ops tf, Operand<? extends TType> w) {
    return w.type() == TFloat32.class ? (Operand<TFloat32>) w : tf.dtypes.cast(w, TFloat32.class);
  }

  /** x @ W in W's storage type (BF16 matmuls run in BF16), result in float32. */
  @SuppressWarnings("unchecked")
  static <T extends TType> Operand<TFloat32> matMul(Ops tf, Operand<TFloat32> x, Operand<T> w) {
    if (w.type() == TFloat32.class) {
      return tf.linalg.matMul(x, (Operand<TFloat32>) w);
    }
    return tf.dtypes.cast(tf.linalg.matMul(tf.dtypes.cast(x, w.type()), w), TFloat32.class);
  }
}
