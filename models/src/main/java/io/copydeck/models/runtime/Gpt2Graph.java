package io.copydeck.models.runtime;

import io.copydeck.models.Gpt2Config;
import io.copydeck.models.Gpt2Weights;
import io.copydeck.models.runtime.CausalSelfAttention.KeysValues;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.Signature;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Assign;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.core.Variable;
import org.tensorflow.op.math.Cumsum;
import org.tensorflow.types.TBfloat16;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;
import org.tensorflow.types.family.TType;

/**
 * GPT-2 as a TensorFlow graph built with Java ops, following nanoGPT's model.py: token + position
 * embeddings, nLayer blocks of (ln_1, causal self-attention, residual, ln_2, MLP with tanh GELU,
 * residual), ln_f, and logits against the tied token embedding. {@link Gpt2Forward} builds the
 * network, the same builder the training graph uses; this class adds the inputs, the KV cache and
 * the LM head.
 *
 * <p>Three signatures share one set of weight variables:
 * <ul>
 *   <li>{@value #FORWARD}: input_ids [B,T], attention_mask [B,T] → logits [B,T,V]</li>
 *   <li>{@value #DECODE}: input_ids [B,T], attention_mask [B,S+T], past_key_NNN and
 *       past_value_NNN [B,H,S,hd] per layer → logits [B,V] of the last position, present_key_NNN
 *       and present_value_NNN [B,H,S+T,hd]. Prefill is a decode step with S = 0.</li>
 *   <li>{@value #KEEP_ROWS}: rows [B'] and a cache → the cache of those rows, to drop finished rows.</li>
 * </ul>
 * Positions come from the attention mask (cumulative sum − 1), so left-padded rows start at
 * position 0 like unpadded ones, and new tokens continue after the past. Masked keys get −1e9
 * rather than −inf so an all-padding row yields a uniform softmax instead of NaN.
 */
final class Gpt2Graph {
  static final String FORWARD = "serving_default";
  static final String DECODE = "decode";
  static final String KEEP_ROWS = "keep_rows";
  /** Bump when the graph changes, so cached SavedModels are rebuilt. */
  static final int VERSION = 7;
  static final String LM_HEAD = "lm_head_transposed";

  private final Ops tf;
  private final Gpt2Config c;
  private final Precision precision;
  private final Map<String, Variable<? extends TType>> weights = new LinkedHashMap<>();
  private Variable<? extends TType> lmHead;
  private Gpt2Forward gpt2;
  private Signature forward;
  private Signature decode;
  private Signature keepRows;

  private Gpt2Graph(Graph g, Gpt2Config c, Precision precision) {
    this.tf = Ops.create(g);
    this.c = c;
    this.precision = precision;
  }

  /**
   * Builds the graph with the weights as variables, filled by {@link #assign} and saved in the
   * SavedModel's checkpoint. (Weights as graph constants were tried: oneDNN caches reordered
   * constant matrices, but every signature's executor held its own copy: 8.9 GB resident for
   * GPT-2 small instead of 1.3 GB, for 10% faster batch-1 decode and slower prefill.)
   */
  static Gpt2Graph build(Graph g, Gpt2Config c, Precision precision) {
    Gpt2Graph m = new Gpt2Graph(g, c, precision);
    for (Gpt2Weights.Spec spec : Gpt2Weights.specs(c)) {
      // Op names may not contain '/' or '.', so h.0.ln_1.weight becomes h_0_ln_1_weight.
      m.weights.put(spec.name(), m.tf.withName(varName(spec.name()))
          .variable(Shape.of(spec.shape()), m.storageType(spec.name())));
    }
    m.lmHead = m.tf.withName(LM_HEAD).variable(Shape.of(c.nEmbd(), c.vocabSize()), m.matmulType());
    m.gpt2 = Gpt2Forward.inference(m.tf, c, m.weights::get);
    m.forward = m.buildForward();
    m.decode = m.buildDecode();
    m.keepRows = m.buildKeepRows();
    return m;
  }

  /** Matmul weights follow the precision; embeddings, biases and layer norms stay float32. */
  private Class<? extends TType> storageType(String name) {
    boolean matmulWeight = name.startsWith("h.") && name.endsWith(".weight") && !name.contains(".ln_");
    return matmulWeight ? matmulType() : TFloat32.class;
  }

  private Class<? extends TType> matmulType() {
    return precision == Precision.BF16 ? TBfloat16.class : TFloat32.class;
  }

  static String varName(String hfName) {
    return hfName.replace('.', '_');
  }

  Signature forward() {
    return forward;
  }

  Signature decode() {
    return decode;
  }

  Signature keepRows() {
    return keepRows;
  }

  /** Copies the weights into the session's variables, one tensor at a time. */
  void assign(Session session, Gpt2Weights values) {
    for (Gpt2Weights.Spec spec : Gpt2Weights.specs(c)) {
      Placeholder<TFloat32> value = tf.withName("load_" + varName(spec.name()))
          .placeholder(TFloat32.class, Placeholder.shape(Shape.of(spec.shape())));
      Assign<?> assign = assignCast(weights.get(spec.name()), value);
      try (TFloat32 t = TFloat32.tensorOf(Shape.of(spec.shape()),
              DataBuffers.of(values.get(spec.name()), true, false));
          Result r = session.runner().feed(value, t).addTarget(assign).run()) {
        // nothing to read back
      }
    }
    Assign<?> head = assignCast(lmHead,
        tf.linalg.transpose(Gpt2Forward.float32(tf, weights.get("wte.weight")), tf.constant(new int[] {1, 0})));
    try (Result r = session.runner().addTarget(head).run()) {
      // the transposed copy now matches wte
    }
  }

  @SuppressWarnings("unchecked")
  private <T extends TType> Assign<T> assignCast(Variable<T> var, Operand<TFloat32> value) {
    Operand<T> v = var.type() == TFloat32.class ? (Operand<T>) value : tf.dtypes.cast(value, var.type());
    return tf.assign(var, v);
  }

  private Signature buildForward() {
    Placeholder<TInt32> ids = tf.withName("input_ids").placeholder(TInt32.class,
        Placeholder.shape(Shape.of(-1, -1)));
    Placeholder<TInt32> mask = tf.withName("attention_mask").placeholder(TInt32.class,
        Placeholder.shape(Shape.of(-1, -1)));
    Operand<TInt32> bt = tf.shape(ids);
    Operand<TFloat32> x = transformer(ids, mask, null, null);
    Operand<TFloat32> logits = lmHead(x);
    Operand<TFloat32> logits3 = tf.reshape(logits, tf.concat(List.of(bt, tf.constant(new int[] {c.vocabSize()})),
        tf.constant(0)));
    return Signature.builder().key(FORWARD)
        .input("input_ids", ids).input("attention_mask", mask)
        .output("logits", tf.withName("logits").identity(logits3))
        .build();
  }

  private Signature buildDecode() {
    Placeholder<TInt32> ids = tf.withName("decode_input_ids").placeholder(TInt32.class,
        Placeholder.shape(Shape.of(-1, -1)));
    Placeholder<TInt32> mask = tf.withName("decode_attention_mask").placeholder(TInt32.class,
        Placeholder.shape(Shape.of(-1, -1)));
    // One key and one value tensor per layer, [B,H,S,hd]: the step only concatenates the new
    // position onto each, instead of slicing and restacking one big cache tensor.
    List<KeysValues> past = new ArrayList<>();
    for (int i = 0; i < c.nLayer(); i++) {
      past.add(new KeysValues(
          tf.withName(pastKeyName(i)).placeholder(TFloat32.class,
              Placeholder.shape(Shape.of(-1, c.nHead(), -1, c.headSize()))),
          tf.withName(pastValueName(i)).placeholder(TFloat32.class,
              Placeholder.shape(Shape.of(-1, c.nHead(), -1, c.headSize())))));
    }
    List<KeysValues> presents = new ArrayList<>();
    Operand<TFloat32> x = transformer(ids, mask, past, presents);
    // Only the last position's logits are needed to choose the next token.
    Operand<TInt32> bt = tf.shape(ids);
    Operand<TInt32> lastIndex = tf.math.sub(tf.gather(bt, tf.constant(1), tf.constant(0)), tf.constant(1));
    Operand<TFloat32> x3 = tf.reshape(x, tf.concat(List.of(bt, tf.constant(new int[] {c.nEmbd()})), tf.constant(0)));
    Operand<TFloat32> last = tf.gather(x3, lastIndex, tf.constant(1));
    Operand<TFloat32> logits = lmHead(last);
    Signature.Builder sig = Signature.builder().key(DECODE)
        .input("input_ids", ids).input("attention_mask", mask)
        .output("logits", tf.withName("decode_logits").identity(logits));
    for (int i = 0; i < c.nLayer(); i++) {
      sig.input(pastKeyName(i), past.get(i).keys()).input(pastValueName(i), past.get(i).values());
      sig.output(presentKeyName(i), tf.withName(presentKeyName(i)).identity(presents.get(i).keys()));
      sig.output(presentValueName(i), tf.withName(presentValueName(i)).identity(presents.get(i).values()));
    }
    return sig.build();
  }

  /**
   * rows [B'], past_key_NNN/past_value_NNN [B,H,S,hd] → present_key_NNN/present_value_NNN
   * [B',H,S,hd]: the cache of the listed rows only, so finished rows leave the batch.
   */
  private Signature buildKeepRows() {
    Placeholder<TInt32> rows = tf.withName("keep_rows").placeholder(TInt32.class, Placeholder.shape(Shape.of(-1)));
    Signature.Builder sig = Signature.builder().key(KEEP_ROWS).input("rows", rows);
    for (int i = 0; i < c.nLayer(); i++) {
      for (boolean key : new boolean[] {true, false}) {
        String in = key ? pastKeyName(i) : pastValueName(i);
        String out = key ? presentKeyName(i) : presentValueName(i);
        Placeholder<TFloat32> past = tf.withName("keep_" + in).placeholder(TFloat32.class,
            Placeholder.shape(Shape.of(-1, c.nHead(), -1, c.headSize())));
        sig.input(in, past).output(out, tf.withName("keep_" + out).gather(past, rows, tf.constant(0)));
      }
    }
    return sig.build();
  }

  /** Zero-padded so that DJL's name-sorted order is layer order. */
  static String pastKeyName(int layer) {
    return String.format("past_key_%03d", layer);
  }

  static String pastValueName(int layer) {
    return String.format("past_value_%03d", layer);
  }

  static String presentKeyName(int layer) {
    return String.format("present_key_%03d", layer);
  }

  static String presentValueName(int layer) {
    return String.format("present_value_%03d", layer);
  }

  /**
   * The transformer body: positions and the attention bias from the mask, then {@link Gpt2Forward}.
   * Returns ln_f(x) as [B*T, d]; {@code past} (per layer [B,H,S,hd]) and {@code presents}, which
   * receives each layer's [B,H,S+T,hd], are null without a cache.
   */
  private Operand<TFloat32> transformer(Operand<TInt32> ids, Operand<TInt32> mask, List<KeysValues> past,
      List<KeysValues> presents) {
    Operand<TInt32> bt = tf.shape(ids);
    Operand<TInt32> total = tf.gather(tf.shape(mask), tf.constant(1), tf.constant(0)); // S + T
    Operand<TInt32> t = tf.gather(bt, tf.constant(1), tf.constant(0));
    Operand<TInt32> s = tf.math.sub(total, t);

    // Position of each token = number of real tokens before it (left padding does not count).
    Operand<TInt32> posAll = tf.math.maximum(
        tf.math.sub(tf.math.cumsum(mask, tf.constant(1), Cumsum.exclusive(false)), tf.constant(1)),
        tf.constant(0));
    Operand<TInt32> positions = tf.slice(posAll, tf.stack(List.of(tf.constant(0), s)), tf.constant(new int[] {-1, -1}));

    // Attention bias [B,1,T,S+T]: 0 where query i may see key j (j <= S+i and j is not padding), -1e9 elsewhere.
    Operand<TInt32> keyIdx = tf.range(tf.constant(0), total, tf.constant(1));
    Operand<TInt32> queryIdx = tf.range(s, total, tf.constant(1));
    Operand<TFloat32> causal = tf.dtypes.cast(
        tf.math.lessEqual(tf.expandDims(keyIdx, tf.constant(0)), tf.expandDims(queryIdx, tf.constant(1))),
        TFloat32.class);
    Operand<TFloat32> keyMask = tf.expandDims(tf.expandDims(tf.dtypes.cast(mask, TFloat32.class), tf.constant(1)),
        tf.constant(1));
    Operand<TFloat32> bias = tf.math.mul(tf.math.sub(tf.math.mul(causal, keyMask), tf.constant(1f)),
        tf.constant(1e9f));

    return gpt2.transformer(ids, positions, new CausalSelfAttention(tf, c.nHead(), c.headSize(), bt, bias),
        past, presents);
  }

  /**
   * Logits against the tied token embedding. The embedding is stored a second time transposed,
   * [d, V], so the matmul reads it in the layout the CPU kernels want instead of packing 150 MB of
   * wte on every call; {@link #assign} fills it from wte.
   */
  private Operand<TFloat32> lmHead(Operand<TFloat32> x) {
    return Gpt2Forward.matMul(tf, x, lmHead);
  }
}
