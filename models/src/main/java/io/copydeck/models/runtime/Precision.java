package io.copydeck.models.runtime;

/**
 * Storage type of the large matmul weights in the SavedModel. F32 is exact (matches the reference
 * to 1e-5) and the default; BF16 halves the weights' memory and lets oneDNN use the CPU's bfloat16
 * instructions (the matmul kernels alone ran ~1.4x faster at 8 rows here, the whole model did not),
 * at the cost of ~1e-2 relative error in the logits. Layer norms, softmax, the residual stream and
 * the KV cache stay float32.
 */
public enum Precision {
  F32,
  BF16;

  /** Suffix of the SavedModel cache folder, so both variants of one weights file can coexist. */
  String cacheSuffix() {
    return this == F32 ? "" : "-" + name().toLowerCase();
  }
}
