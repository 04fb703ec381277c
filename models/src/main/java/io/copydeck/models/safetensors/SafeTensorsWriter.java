package io.copydeck.models.safetensors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a safetensors file from float arrays (stored as F32, F16 or BF16). Used by tests, by
 * `model random`, and later by the trainer to save checkpoints in the format users already have.
 */
public final class SafeTensorsWriter {
  private record Entry(String name, DType dtype, long[] shape, float[] data) {}

  private final List<Entry> entries = new ArrayList<>();
  private final Map<String, String> metadata;

  public SafeTensorsWriter() {
    this(Map.of("format", "pt"));
  }

  public SafeTensorsWriter(Map<String, String> metadata) {
    this.metadata = metadata;
  }

  public SafeTensorsWriter add(String name, float[] data, long... shape) {
    return add(name, DType.F32, data, shape);
  }

  public SafeTensorsWriter add(String name, DType dtype, float[] data, long... shape) {
    long n = 1;
    for (long s : shape) {
      n *= s;
    }
    if (n != data.length) {
      throw new IllegalArgumentException(name + ": " + data.length + " values for shape " + java.util.Arrays.toString(shape));
    }
    entries.add(new Entry(name, dtype, shape.clone(), data));
    return this;
  }

  public void write(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    ObjectNode header = json.createObjectNode();
    if (!metadata.isEmpty()) {
      ObjectNode meta = header.putObject("__metadata__");
      metadata.forEach(meta::put);
    }
    long offset = 0;
    for (Entry e : entries) {
      ObjectNode t = header.putObject(e.name);
      t.put("dtype", e.dtype.name());
      var shape = t.putArray("shape");
      for (long s : e.shape) {
        shape.add(s);
      }
      long bytes = (long) e.data.length * e.dtype.bytes;
      t.putArray("data_offsets").add(offset).add(offset + bytes);
      offset += bytes;
    }
    byte[] h = json.writeValueAsBytes(header);
    int padded = (h.length + 7) / 8 * 8; // the format asks for 8-byte alignment of the data
    byte[] headerBytes = new byte[padded];
    System.arraycopy(h, 0, headerBytes, 0, h.length);
    java.util.Arrays.fill(headerBytes, h.length, padded, (byte) ' ');
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
      ByteBuffer len = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(padded);
      out.write(len.array());
      out.write(headerBytes);
      ByteBuffer chunk = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
      for (Entry e : entries) {
        for (float v : e.data) {
          if (chunk.remaining() < 4) {
            out.write(chunk.array(), 0, chunk.position());
            chunk.clear();
          }
          switch (e.dtype) {
            case F32 -> chunk.putFloat(v);
            case F16 -> chunk.putShort(DType.floatToHalf(v));
            case BF16 -> chunk.putShort((short) (Float.floatToIntBits(v) >>> 16));
          }
        }
      }
      out.write(chunk.array(), 0, chunk.position());
    }
  }

}
