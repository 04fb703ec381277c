package io.copydeck.models.runtime;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.op.train.BatchMatMul;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * The middle of GPT-2's attention, which {@link Gpt2Forward} builds for the inference graph and the
 * training graph alike: from c_attn's output [B*T, 3d] to the heads' weighted values merged back to
 * [B*T, d], ready for c_proj. The graph that builds it says which keys each query may see (the
 * bias: padding and the cache at inference, only causality in training); the inference graph
 * prepends the KV cache, the training graph drops attention probabilities.
 *
 * @param bt the shape [B, T] of the input ids
 * @param bias additive attention bias broadcastable to [B, H, T, S+T]: 0 where a query may see a key, −1e9 elsewhere
 */
public record CausalSelfAttention(Ops tf, int nHead, int headSize, Operand<TInt32> bt, Operand<TFloat32> bias) {

  /** This layer's keys and values [B, H, S+T, hs], past positions included, as the cache keeps them. */
  public record KeysValues(Operand<TFloat32> keys, Operand<TFloat32> values) {}

  /**
   * @param past the cached keys and values [B, H, S, hs] of earlier positions, or null
   * @param present receives this layer's keys and values including the past, or null
   * @param onProbabilities applied to the softmax output (dropout in training, identity otherwise)
   */
  public Operand<TFloat32> apply(Operand<TFloat32> qkv, KeysValues past,
      Consumer<KeysValues> present, UnaryOperator<Operand<TFloat32>> onProbabilities) {
    Operand<TFloat32> split = tf.reshape(qkv,
        tf.concat(List.of(bt, tf.constant(new int[] {3, nHead, headSize})), tf.constant(0)));       // [B,T,3,H,hs]
    Operand<TFloat32> heads = tf.linalg.transpose(split, tf.constant(new int[] {2, 0, 3, 1, 4})); // [3,B,H,T,hs]
    List<? extends Operand<TFloat32>> qkvList = tf.unstack(heads, 3L).output();
    Operand<TFloat32> q = qkvList.get(0);
    Operand<TFloat32> k = qkvList.get(1);
    Operand<TFloat32> v = qkvList.get(2);
    if (past != null) {
      k = tf.concat(List.of(past.keys(), k), tf.constant(2));
      v = tf.concat(List.of(past.values(), v), tf.constant(2));
    }
    if (present != null) {
      present.accept(new KeysValues(k, v));
    }
    Operand<TFloat32> att = tf.train.batchMatMul(q, k, TFloat32.class, BatchMatMul.adjY(true));    // [B,H,T,S+T]
    att = tf.math.add(tf.math.mul(att, tf.constant((float) (1.0 / Math.sqrt(headSize)))), bias);
    att = onProbabilities.apply(tf.nn.softmax(att));
    Operand<TFloat32> y = tf.train.batchMatMul(att, v, TFloat32.class);                            // [B,H,T,hs]
    return tf.reshape(tf.linalg.transpose(y, tf.constant(new int[] {0, 2, 1, 3})),
        tf.constant(new int[] {-1, nHead * headSize}));
  }
}
