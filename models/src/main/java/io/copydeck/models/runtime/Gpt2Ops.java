package io.copydeck.models.runtime;

import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.op.math.Mean;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/** The GPT-2 pieces the inference graph and the training graph build the same way. */
public final class Gpt2Ops {
    private Gpt2Ops() {}

    /**
     * GPT-2's tanh approximation, 0.5 x (1 + tanh(√(2/π) (x + 0.044715 x³))), computed as the
     * identical x · sigmoid(x (2√(2/π) + 2·0.044715·√(2/π) x²)), since ½(1 + tanh z) = sigmoid(2z):
     * six elementwise ops instead of nine, each a full pass over the MLP's widest activations.
     */
    public static Operand<TFloat32> gelu(Ops tf, Operand<TFloat32> x) {
        double k = 2 * Math.sqrt(2 / Math.PI);
        Operand<TFloat32> inner = tf.math.add(tf.constant((float) k),
                tf.math.mul(tf.constant((float) (k * 0.044715)), tf.math.square(x)));
        return tf.math.mul(x, tf.math.sigmoid(tf.math.mul(x, inner)));
    }

    /** Layer norm over the last axis, then the learned gain and bias. */
    public static Operand<TFloat32> layerNorm(Ops tf, Operand<TFloat32> x, Operand<TFloat32> weight,
                                              Operand<TFloat32> bias, double epsilon) {
        Operand<TInt32> lastAxis = tf.constant(new int[] {-1});
        Operand<TFloat32> mean = tf.math.mean(x, lastAxis, Mean.keepDims(true));
        Operand<TFloat32> centered = tf.math.sub(x, mean);
        Operand<TFloat32> variance = tf.math.mean(tf.math.square(centered), lastAxis, Mean.keepDims(true));
        Operand<TFloat32> norm = tf.math.mul(centered, tf.math.rsqrt(tf.math.add(variance, tf.constant((float) epsilon))));
        return tf.math.add(tf.math.mul(norm, weight), bias);
    }
}
