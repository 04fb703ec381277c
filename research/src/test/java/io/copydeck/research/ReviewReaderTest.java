package io.copydeck.research;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The malformed-input list of issue #16: every bad row is skipped with its line and reason, no good row is lost. */
class ReviewReaderTest {
    private static final Path MALFORMED = resource("malformed");

    static Path resource(String name) {
        try {
            return Path.of(ReviewReaderTest.class.getResource(name).toURI());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static final class Collected implements ReviewReader.Sink {
        final List<Review> reviews = new ArrayList<>();
        final List<Skipped> skipped = new ArrayList<>();

        @Override
        public void review(Review review) {
            reviews.add(review);
        }

        @Override
        public void skipped(Skipped s) {
            skipped.add(s);
        }

        Skipped at(long line) {
            return skipped.stream().filter(s -> s.line() == line).findFirst()
                    .orElseThrow(() -> new AssertionError("nothing skipped at line " + line + ": " + skipped));
        }
    }

    @Test
    void everyBadCsvRowIsSkippedWithItsLineAndEveryGoodRowKept() throws Exception {
        Collected c = new Collected();
        ReviewReader.read(MALFORMED.resolve("reviews.csv"), c);
        assertEquals(List.of("m-01", "m-06", "m-08", "m-10", "m-11"), c.reviews.stream().map(Review::id).toList());
        assertEquals(List.of(3L, 4L, 5L, 6L, 9L, 11L), c.skipped.stream().map(Skipped::line).toList());
        assertTrue(c.at(3).reason().contains("empty"), c.at(3).reason());
        assertTrue(c.at(4).reason().contains("no words"), c.at(4).reason());
        assertTrue(c.at(5).reason().contains("not UTF-8") && c.at(5).reason().contains("0xE9"), c.at(5).reason());
        assertTrue(c.at(6).reason().startsWith("bad CSV quoting"), c.at(6).reason());
        assertTrue(c.at(9).reason().contains("7 fields") && c.at(9).reason().contains("header has 5"), c.at(9).reason());
        assertTrue(c.at(11).reason().contains("not closed"), c.at(11).reason());
        assertTrue(c.skipped.get(0).toString().startsWith(MALFORMED.resolve("reviews.csv") + ":3: "));
    }

    @Test
    void aQuotedFieldMaySpanLinesAndHoldDoubledQuotes() throws Exception {
        Collected c = new Collected();
        ReviewReader.read(MALFORMED.resolve("reviews.csv"), c);
        Review multi = c.reviews.get(1);
        assertEquals("A review that spans\ntwo lines, and has \"quotes\" inside.", multi.text());
        assertEquals(7, multi.line());
        assertEquals(YearMonth.of(2026, 2), multi.month());
        assertEquals(4.0, multi.rating());
        assertEquals("Aurora", multi.product());
    }

    @Test
    void aMissingTextColumnIsAnErrorNamingTheFileAndHeader() {
        Path file = MALFORMED.resolve("no-text-column.csv");
        ReviewFileException e = assertThrows(ReviewFileException.class, () -> ReviewReader.read(file, new Collected()));
        assertTrue(e.getMessage().startsWith(file + ":1: the header id,date,review has no text column"), e.getMessage());
    }

    @Test
    void jsonLinesSkipBrokenObjectsNonObjectsMissingTextAndLatin1() throws Exception {
        Collected c = new Collected();
        ReviewReader.read(MALFORMED.resolve("reviews.jsonl"), c);
        assertEquals(List.of("j-1", "j-7"), c.reviews.stream().map(Review::id).toList());
        assertNull(c.reviews.get(1).rating(), "a rating that is no number is left out, the review kept");
        assertEquals(List.of(2L, 3L, 4L, 5L), c.skipped.stream().map(Skipped::line).toList());
        assertTrue(c.at(2).reason().startsWith("not a JSON object"), c.at(2).reason());
        assertTrue(c.at(4).reason().contains("\"text\""), c.at(4).reason());
        assertTrue(c.at(5).reason().contains("not UTF-8"), c.at(5).reason());
    }

    @Test
    void anEmptyFileAndAnUnknownKindOfFileAreClearErrors() {
        ReviewFileException empty = assertThrows(ReviewFileException.class, () -> ReviewReader.read(
                new ByteArrayInputStream(new byte[0]), "empty.csv", ReviewReader.Format.CSV, new Collected()));
        assertTrue(empty.getMessage().contains("empty.csv: the file is empty"), empty.getMessage());
        ReviewFileException kind = assertThrows(ReviewFileException.class, () -> ReviewReader.Format.of(Path.of("r.xlsx")));
        assertTrue(kind.getMessage().contains("name it .csv"), kind.getMessage());
    }

    @Test
    void anIdlessRowIsKnownByFileAndLineAndAByteOrderMarkIsNotPartOfTheHeader() throws Exception {
        Collected c = new Collected();
        byte[] csv = "\uFEFFtext,rating\n\"Sound is great\",5\r\n".getBytes(StandardCharsets.UTF_8);
        ReviewReader.read(new ByteArrayInputStream(csv), "bom.csv", ReviewReader.Format.CSV, c);
        assertEquals("bom.csv:2", c.reviews.get(0).id());
        assertEquals("Sound is great", c.reviews.get(0).text());
    }

    /**
     * A 1 GB file, simulated by a generated stream (nothing is written to disk): one line of a gigabyte without a
     * break between good rows. The reader holds at most a megabyte of it, skips it with its line number and keeps
     * the rows before and after.
     */
    @Test
    void aGigabyteLineStreamsInBoundedMemoryAndTheRowsAroundItAreKept() throws Exception {
        byte[] head = "id,text\nr1,\"Battery lasts all week.\"\nr2,".getBytes(StandardCharsets.UTF_8);
        byte[] tail = "\nr3,\"Delivery was quick.\"\n".getBytes(StandardCharsets.UTF_8);
        long huge = 1L << 30;
        Collected c = new Collected();
        long before = usedMemory();
        ReviewReader.read(new Generated(head, huge, tail), "huge.csv", ReviewReader.Format.CSV, c);
        assertEquals(List.of("r1", "r3"), c.reviews.stream().map(Review::id).toList());
        assertEquals(1, c.skipped.size());
        assertEquals(3, c.skipped.get(0).line());
        assertTrue(c.skipped.get(0).reason().contains("longer than 1 MB"), c.skipped.get(0).reason());
        assertTrue(usedMemory() - before < 256L << 20, "reading a 1 GB line must not hold it");
    }

    /** Many rows stream through: 200,000 reviews (about 12 MB, generated), every one delivered, none held. */
    @Test
    void manyRowsStream() throws Exception {
        int rows = 200_000;
        InputStream in = new InputStream() {
            final byte[] header = "id,rating,text\n".getBytes(StandardCharsets.UTF_8);
            byte[] current = header;
            int pos;
            int row;

            @Override
            public int read() {
                if (pos == current.length) {
                    if (row == rows) return -1;
                    row++;
                    current = ("r" + row + ",4,\"Row " + row + ", the sound is good\"\n").getBytes(StandardCharsets.UTF_8);
                    pos = 0;
                }
                return current[pos++] & 0xff;
            }
        };
        int[] count = {0};
        ReviewReader.read(new java.io.BufferedInputStream(in), "many.csv", ReviewReader.Format.CSV, new ReviewReader.Sink() {
            @Override
            public void review(Review review) {
                count[0]++;
            }

            @Override
            public void skipped(Skipped skipped) {
                throw new AssertionError(skipped.toString());
            }
        });
        assertEquals(rows, count[0]);
    }

    private static long usedMemory() {
        Runtime r = Runtime.getRuntime();
        System.gc();
        return r.totalMemory() - r.freeMemory();
    }

    /** head, then {@code length} bytes of 'a', then tail: a big file that exists only while it is read. */
    static final class Generated extends InputStream {
        private final byte[] head;
        private final long length;
        private final byte[] tail;
        private long position;

        Generated(byte[] head, long length, byte[] tail) {
            this.head = head;
            this.length = length;
            this.tail = tail;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            long total = head.length + length + tail.length;
            if (position >= total) return -1;
            int n = (int) Math.min(len, total - position);
            for (int i = 0; i < n; i++) {
                long p = position + i;
                b[off + i] = p < head.length ? head[(int) p] : p < head.length + length ? (byte) 'a'
                        : tail[(int) (p - head.length - length)];
            }
            position += n;
            return n;
        }
    }
}
