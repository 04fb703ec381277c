package io.copydeck.models.safetensors;

import java.util.Arrays;

/** One entry of a safetensors header: where a tensor's bytes lie in the data section. */
public record TensorInfo(String name, DType dtype, long[] shape, long begin, long end) {

  public long elementCount() {
    long n = 1;
    for (long s : shape) {
      n *= s;
    }
    return n;
  }

  public String shapeString() {
    return Arrays.toString(shape);
  }
}
