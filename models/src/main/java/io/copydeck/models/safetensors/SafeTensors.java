package io.copydeck.models.safetensors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.copydeck.models.ModelException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a safetensors file: an 8-byte little-endian header length, a JSON header
 * (name → dtype, shape, data_offsets) and the raw little-endian data. Tensors are read on demand
 * and widened to float32, so a 500 MB file never needs to sit in the heap twice.
 */
public final class SafeTensors implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long MAX_HEADER = 100L << 20;

  private final Path file;
  private final FileChannel channel;
  private final long dataStart;
  private final Map<String, TensorInfo> tensors;
  private final Map<String, String> metadata;

  private SafeTensors(Path file, FileChannel channel, long dataStart, Map<String, TensorInfo> tensors,
      Map<String, String> metadata) {
    this.file = file;
    this.channel = channel;
    this.dataStart = dataStart;
    this.tensors = tensors;
    this.metadata = metadata;
  }

  public static SafeTensors open(Path file) {
    FileChannel ch;
    try {
      ch = FileChannel.open(file, StandardOpenOption.READ);
    } catch (NoSuchFileException e) {
      throw new ModelException(file + ": missing (expected a safetensors weights file)");
    } catch (IOException e) {
      throw new ModelException(file + ": cannot open: " + e.getMessage());
    }
    try {
      return parse(file, ch);
    } catch (RuntimeException | IOException e) {
      try {
        ch.close();
      } catch (IOException ignored) {
        // the parse error is the one worth reporting
      }
      if (e instanceof ModelException m) {
        throw m;
      }
      throw new ModelException(file + ": not a safetensors file: " + e.getMessage(), e);
    }
  }

  private static SafeTensors parse(Path file, FileChannel ch) throws IOException {
    long size = ch.size();
    if (size < 8) {
      throw new ModelException(file + ": truncated safetensors file (" + size + " bytes, no header)");
    }
    ByteBuffer lenBuf = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
    readFully(ch, lenBuf, 0);
    long headerLen = lenBuf.flip().getLong();
    if (headerLen <= 0 || headerLen > MAX_HEADER) {
      throw new ModelException(file + ": not a safetensors file (header length " + headerLen + ")");
    }
    if (8 + headerLen > size) {
      throw new ModelException(file + ": truncated safetensors file (header says " + headerLen
          + " bytes, file has " + (size - 8) + ")");
    }
    ByteBuffer header = ByteBuffer.allocate((int) headerLen);
    readFully(ch, header, 8);
    JsonNode root = JSON.readTree(header.array());
    long dataStart = 8 + headerLen;
    long dataSize = size - dataStart;
    Map<String, TensorInfo> tensors = new LinkedHashMap<>();
    Map<String, String> metadata = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String name = e.getKey();
      JsonNode n = e.getValue();
      if (name.equals("__metadata__")) {
        n.fields().forEachRemaining(m -> metadata.put(m.getKey(), m.getValue().asText()));
        continue;
      }
      DType dtype;
      try {
        dtype = DType.valueOf(n.path("dtype").asText());
      } catch (IllegalArgumentException ex) {
        throw new ModelException(file + ": tensor " + name + " has dtype " + n.path("dtype").asText()
            + ", supported are F32, F16, BF16");
      }
      long[] shape = new long[n.path("shape").size()];
      for (int i = 0; i < shape.length; i++) {
        shape[i] = n.path("shape").get(i).asLong();
      }
      long begin = n.path("data_offsets").path(0).asLong(-1);
      long end = n.path("data_offsets").path(1).asLong(-1);
      TensorInfo info = new TensorInfo(name, dtype, shape, begin, end);
      if (begin < 0 || end < begin || end - begin != info.elementCount() * dtype.bytes) {
        throw new ModelException(file + ": tensor " + name + " has data_offsets [" + begin + ", " + end
            + "] that do not fit its shape " + info.shapeString() + " and dtype " + dtype);
      }
      if (end > dataSize) {
        throw new ModelException(file + ": truncated safetensors file: tensor " + name + " ends at byte "
            + end + " of the data section, which has only " + dataSize + " bytes");
      }
      tensors.put(name, info);
    }
    return new SafeTensors(file, ch, dataStart, Collections.unmodifiableMap(tensors),
        Collections.unmodifiableMap(metadata));
  }

  private static void readFully(FileChannel ch, ByteBuffer buf, long position) throws IOException {
    while (buf.hasRemaining()) {
      int n = ch.read(buf, position + buf.position());
      if (n < 0) {
        throw new IOException("unexpected end of file");
      }
    }
  }

  public Path file() {
    return file;
  }

  public Map<String, TensorInfo> tensors() {
    return tensors;
  }

  public Map<String, String> metadata() {
    return metadata;
  }

  public boolean contains(String name) {
    return tensors.containsKey(name);
  }

  public TensorInfo info(String name) {
    TensorInfo info = tensors.get(name);
    if (info == null) {
      throw new ModelException(file + ": tensor " + name + " is missing");
    }
    return info;
  }

  /** Reads a tensor as float32 after checking that it has exactly the expected shape. */
  public float[] floats(String name, long... expectedShape) {
    TensorInfo info = info(name);
    if (!Arrays.equals(info.shape(), expectedShape)) {
      throw new ModelException(file + ": tensor " + name + " has shape " + info.shapeString()
          + ", expected " + Arrays.toString(expectedShape));
    }
    return floats(info);
  }

  public float[] floats(TensorInfo info) {
    long count = info.elementCount();
    if (count > Integer.MAX_VALUE) {
      throw new ModelException(file + ": tensor " + info.name() + " is too large to read into one array");
    }
    ByteBuffer buf;
    try {
      buf = channel.map(FileChannel.MapMode.READ_ONLY, dataStart + info.begin(), info.end() - info.begin());
    } catch (IOException e) {
      throw new ModelException(file + ": cannot read tensor " + info.name() + ": " + e.getMessage());
    }
    buf.order(ByteOrder.LITTLE_ENDIAN);
    float[] out = new float[(int) count];
    switch (info.dtype()) {
      case F32 -> buf.asFloatBuffer().get(out);
      case F16 -> {
        for (int i = 0; i < out.length; i++) {
          out[i] = DType.halfToFloat(buf.getShort());
        }
      }
      case BF16 -> {
        for (int i = 0; i < out.length; i++) {
          out[i] = Float.intBitsToFloat((buf.getShort() & 0xffff) << 16);
        }
      }
    }
    return out;
  }

  @Override
  public void close() {
    try {
      channel.close();
    } catch (IOException e) {
      throw new ModelException(file + ": cannot close: " + e.getMessage());
    }
  }
}
