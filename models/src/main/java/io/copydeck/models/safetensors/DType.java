package io.copydeck.models.safetensors;

/** The element types we read from safetensors files; everything is widened to float32 on load. */
public enum DType {
  F32(4),
  F16(2),
  BF16(2);

  public final int bytes;

  DType(int bytes) {
    this.bytes = bytes;
  }

  /** IEEE half precision to float (Java 17 has no Float.float16ToFloat). */
  static float halfToFloat(short h) {
    int bits = h & 0xffff;
    int sign = (bits & 0x8000) << 16;
    int exp = (bits >>> 10) & 0x1f;
    int mant = bits & 0x3ff;
    if (exp == 0x1f) { // inf or nan
      return Float.intBitsToFloat(sign | 0x7f800000 | (mant << 13));
    }
    if (exp == 0) {
      if (mant == 0) {
        return Float.intBitsToFloat(sign);
      }
      // subnormal: value = mant * 2^-24
      float v = mant * 0x1p-24f;
      return sign == 0 ? v : -v;
    }
    return Float.intBitsToFloat(sign | ((exp + 112) << 23) | (mant << 13));
  }

  /** Float to IEEE half, rounding to nearest even; used by the writer for tests. */
  static short floatToHalf(float f) {
    int bits = Float.floatToIntBits(f);
    int sign = (bits >>> 16) & 0x8000;
    int val = (bits & 0x7fffffff) + 0x1000; // round
    if (val >= 0x47800000) { // overflow or nan/inf
      if ((bits & 0x7fffffff) >= 0x7f800000 && (bits & 0x7fffff) != 0) {
        return (short) (sign | 0x7e00);
      }
      return (short) (sign | 0x7c00);
    }
    if (val >= 0x38800000) {
      return (short) (sign | ((val - 0x38000000) >>> 13));
    }
    if (val < 0x33000000) {
      return (short) sign;
    }
    val = (bits & 0x7fffffff) >>> 23;
    return (short) (sign | (((bits & 0x7fffff) | 0x800000) + (0x800000 >>> (val - 102)) >>> (126 - val)));
  }
}
