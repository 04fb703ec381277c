package io.copydeck.dsl.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads a `.campaign` file from disk, refusing what is not one: anything but a regular file (a
 * FIFO or a device would block or never end), binary data, invalid UTF-8, files too large to be a
 * spec. Editors that hold unsaved text implement their own reader.
 */
public interface SourceReader {
    /** A spec of a few thousand products is well under this; a larger file, or spec with its imports, is a mistake. */
    long MAX_BYTES = 16L * 1024 * 1024;

    SourceFile read(Path path) throws SourceReadException;

    /**
     * Reads a file that may hold at most {@code maxBytes} (what is left of a spec's budget). A
     * reader that cannot tell a size before reading reads the file whole: the loader measures it.
     */
    default SourceFile read(Path path, long maxBytes) throws SourceReadException {
        return read(path);
    }

    SourceReader DISK = new SourceReader() {
        @Override
        public SourceFile read(Path path) throws SourceReadException {
            return readFromDisk(path);
        }

        @Override
        public SourceFile read(Path path, long maxBytes) throws SourceReadException {
            return readFromDisk(path, maxBytes);
        }
    };

    static SourceFile readFromDisk(Path path) throws SourceReadException {
        return readFromDisk(path, MAX_BYTES);
    }

    /**
     * The file's kind and size are read from its attributes before it is opened, so that a FIFO
     * or a device is refused instead of blocking the open or the read.
     */
    static SourceFile readFromDisk(Path path, long maxBytes) throws SourceReadException {
        long limit = Math.min(maxBytes, MAX_BYTES);
        byte[] bytes;
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            if (attributes.isDirectory()) {
                throw new SourceReadException(path + " is a directory, not a campaign file", true, null, 0);
            }
            if (!attributes.isRegularFile()) {
                throw new SourceReadException(path + " is not a regular file (a pipe, device or socket?); a campaign "
                        + "file is a plain text file", true, null, 0);
            }
            if (attributes.size() > limit) throw tooLarge(path, attributes.size(), limit);
            try (InputStream in = Files.newInputStream(path)) {
                bytes = in.readNBytes((int) limit + 1);
            }
            if (bytes.length > limit) throw tooLarge(path, bytes.length, limit);   // it grew since
        } catch (NoSuchFileException e) {
            throw new SourceReadException("no such file: " + path, true, null, 0);
        } catch (AccessDeniedException e) {
            throw new SourceReadException("permission denied: " + path, true, null, 0);
        } catch (IOException e) {
            throw new SourceReadException("cannot read " + path + ": " + e.getMessage(), true, null, 0);
        }
        return decode(path, bytes);
    }

    private static SourceTooLargeException tooLarge(Path path, long size, long limit) {
        String message = limit == MAX_BYTES
                ? String.format("%s is %.1f MB; a campaign file may be at most %d MB. Split it with `import`",
                        path, size / 1048576.0, MAX_BYTES / 1048576)
                : String.format("%s is %.1f MB, more than the %.1f MB left of the spec's %d MB", path,
                        size / 1048576.0, limit / 1048576.0, MAX_BYTES / 1048576);
        return new SourceTooLargeException(message, size);
    }

    static SourceFile decode(Path path, byte[] bytes) throws SourceReadException {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                SourceFile partial = new SourceFile(path, new String(bytes, 0, i, StandardCharsets.UTF_8));
                throw new SourceReadException(path + " looks like a binary file (it holds a NUL byte), not a "
                        + "campaign spec", false, partial, partial.text().length());
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            int badByte = in.position();
            String before = out.flip().toString();
            SourceFile partial = new SourceFile(path, before);
            throw new SourceReadException(String.format("%s is not valid UTF-8: byte 0x%02X at offset %d cannot be "
                            + "decoded; save the file as UTF-8", path, bytes[badByte] & 0xff, badByte),
                    false, partial, before.length());
        }
        decoder.flush(out);
        String text = out.flip().toString();
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        return new SourceFile(path, text);
    }
}
