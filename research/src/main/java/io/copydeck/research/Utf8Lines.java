package io.copydeck.research;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The physical lines of a byte stream, each decoded as strict UTF-8 on its own, so that a line of Latin-1
 * bytes is reported with its number and the lines around it still read. A line longer than {@link #maxBytes}
 * is cut there (and said to be), so one endless line cannot fill the memory.
 */
final class Utf8Lines {
    /**
     * One physical line without its line break; {@code problem} says why it cannot be used (not UTF-8, too
     * long), and then {@code text} is only a lossy reading (for finding where a CSV record ends).
     */
    record Line(long number, String text, String problem) {
        boolean bad() {
            return problem != null;
        }
    }

    private final InputStream in;
    private final int maxBytes;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private long number;
    private byte[] line = new byte[256];
    private boolean first = true;

    Utf8Lines(InputStream in, int maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        int length = 0;
        boolean any = false;
        boolean cut = false;
        while (true) {
            if (position == limit) {
                limit = in.read(buffer);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    if (!any) return null;
                    break;
                }
            }
            any = true;
            byte b = buffer[position++];
            if (b == '\n') break;
            if (length == maxBytes) {
                cut = true;
                continue;
            }
            if (length == line.length) line = java.util.Arrays.copyOf(line, Math.min(maxBytes, line.length * 2));
            line[length++] = b;
        }
        number++;
        if (length > 0 && line[length - 1] == '\r') length--;
        int start = 0;
        if (first) {
            first = false;
            // A byte-order mark is how some spreadsheets say "UTF-8"; it is not part of the header.
            if (length >= 3 && (line[0] & 0xff) == 0xef && (line[1] & 0xff) == 0xbb && (line[2] & 0xff) == 0xbf) start = 3;
        }
        if (cut) return new Line(number, lossy(start, length), "the line is longer than " + maxBytes / (1 << 20) + " MB; split it or shorten it");
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(line, start, length - start));
            return new Line(number, chars.toString(), null);
        } catch (CharacterCodingException e) {
            return new Line(number, lossy(start, length), "the line is not UTF-8 (" + firstBadByte(start, length)
                    + "; Latin-1 or Windows-1252?): save the file as UTF-8");
        }
    }

    private String lossy(int start, int length) {
        return new String(line, start, length - start, StandardCharsets.UTF_8);
    }

    /** Where decoding stops: "byte 0xE9 at column 12" (columns count bytes, from 1). */
    private String firstBadByte(int start, int length) {
        ByteBuffer bytes = ByteBuffer.wrap(line, start, length - start);
        CharBuffer chars = CharBuffer.allocate(length - start + 1);
        CoderResult result = decoder.reset().decode(bytes, chars, true);
        if (!result.isError()) return "an unfinished character at the end";
        int at = bytes.position();
        return String.format("byte 0x%02X at column %d", line[at] & 0xff, at - start + 1);
    }
}
