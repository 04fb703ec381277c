package io.copydeck.models;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of weight files: part of the SavedModel cache key, the model's identity in provenance, and the check against corrupt downloads. */
public final class Checksums {
  private Checksums() {}

  public static String sha256(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[1 << 20];
      for (int n; (n = in.read(buf)) > 0; ) {
        md.update(buf, 0, n);
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchFileException e) {
      throw new ModelException(file + ": missing");
    } catch (IOException e) {
      throw new ModelException(file + ": cannot read: " + e.getMessage());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** SHA-256 of bytes in memory, in hex. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Throws unless the file hashes to {@code expected} (hex, case-insensitive). */
  public static String verify(Path file, String expected) {
    String actual = sha256(file);
    if (!actual.equalsIgnoreCase(expected.trim())) {
      throw new ModelException(file + ": checksum mismatch: expected sha256 " + expected.trim().toLowerCase()
          + ", file has " + actual);
    }
    return actual;
  }

  /** Reads the first word of a `sha256sum`-style sidecar file. */
  public static String readSidecar(Path sidecar) {
    try {
      String text = Files.readString(sidecar).trim();
      String first = text.split("\\s+", 2)[0];
      if (!first.matches("[0-9a-fA-F]{64}")) {
        throw new ModelException(sidecar + ": expected a hex SHA-256, found \"" + first + "\"");
      }
      return first;
    } catch (IOException e) {
      throw new ModelException(sidecar + ": cannot read: " + e.getMessage());
    }
  }
}
