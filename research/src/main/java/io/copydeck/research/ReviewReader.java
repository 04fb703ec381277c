package io.copydeck.research;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads reviews from a CSV file (a header row, a {@code text} column required; {@code id}, {@code date},
 * {@code rating}, {@code product}, {@code source} optional) or a JSON-lines file with the same fields,
 * streaming: one record in memory at a time. Every physical line is strict UTF-8 on its own; a row that cannot
 * be used (not UTF-8, bad quoting, a wrong number of fields, no text, no words) goes to the sink as
 * {@link Skipped} with its line and reason, and the rows after it are still read.
 */
public final class ReviewReader {
    /** A record longer than this is refused, so that one unclosed quote cannot make the reader hold the file. */
    public static final int MAX_RECORD_BYTES = 1 << 20;
    /** An unclosed quote is given up after this many lines; the lines after its first are read again as rows. */
    static final int MAX_RECORD_LINES = 200;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();

    /** Where the rows go: each review, and each row that is not one. */
    public interface Sink {
        void review(Review review);

        void skipped(Skipped skipped);
    }

    /** The two layouts a review file may have, by its name's ending. */
    public enum Format {
        CSV, JSON_LINES;

        /** .csv is CSV; .jsonl, .ndjson and .json are JSON lines. */
        public static Format of(Path file) throws ReviewFileException {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".csv")) return CSV;
            if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) return JSON_LINES;
            throw new ReviewFileException(file + ": not a review file Copydeck reads: name it .csv (a header row with a "
                    + "text column) or .jsonl (one JSON object with a \"text\" field per line)");
        }
    }

    private ReviewReader() {}

    /** Reads one file into the sink; the format is chosen by its name. */
    public static void read(Path file, Sink sink) throws IOException, ReviewFileException {
        Format format = Format.of(file);
        if (!Files.isRegularFile(file)) {
            throw new ReviewFileException(file + ": " + (Files.isDirectory(file) ? "is a folder" : "no such file")
                    + "; name a .csv or .jsonl file of reviews");
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            read(in, file.toString(), format, sink);
        } catch (NoSuchFileException e) {
            throw new ReviewFileException(file + ": no such file; name a .csv or .jsonl file of reviews");
        }
    }

    /** Reads a stream of the given format; {@code name} is what messages call it. */
    public static void read(InputStream in, String name, Format format, Sink sink) throws IOException, ReviewFileException {
        Utf8Lines lines = new Utf8Lines(in, MAX_RECORD_BYTES);
        if (format == Format.JSON_LINES) readJsonLines(lines, name, sink);
        else new CsvRows(lines, name, sink).read();
    }

    private static void readJsonLines(Utf8Lines lines, String name, Sink sink) throws IOException {
        for (Utf8Lines.Line line = lines.next(); line != null; line = lines.next()) {
            if (line.bad()) {
                sink.skipped(new Skipped(name, line.number(), line.problem()));
                continue;
            }
            if (line.text().isBlank()) continue;
            JsonNode node;
            try {
                node = JSON.readTree(line.text());
            } catch (JsonProcessingException e) {
                sink.skipped(new Skipped(name, line.number(), "not a JSON object (" + e.getOriginalMessage()
                        + "); write one object per line, like {\"id\": \"r1\", \"text\": \"...\"}"));
                continue;
            }
            if (node == null || !node.isObject()) {
                sink.skipped(new Skipped(name, line.number(), "not a JSON object; write one object per line"));
                continue;
            }
            JsonNode text = node.get("text");
            if (text == null || !text.isTextual()) {
                sink.skipped(new Skipped(name, line.number(), "no \"text\" string in the object"));
                continue;
            }
            Map<String, String> fields = new HashMap<>();
            node.fields().forEachRemaining(f -> {
                if (f.getValue().isValueNode() && !f.getValue().isNull()) {
                    fields.put(f.getKey().toLowerCase(Locale.ROOT), f.getValue().asText());
                }
            });
            ReviewRow.of(name, line.number(), fields, sink);
        }
    }

    /**
     * CSV, a record at a time: physical lines are gathered until their quotes balance (a quoted field may span
     * lines), then Commons CSV parses that one record. A record that does not parse, or whose quote never
     * closes, is skipped with its first line, and reading goes on after it: the good rows are kept.
     */
    private static final class CsvRows {
        private final Utf8Lines lines;
        private final String name;
        private final Sink sink;
        /** Lines taken back after an unclosed quote: read again, as the start of new records. */
        private final Deque<Utf8Lines.Line> again = new ArrayDeque<>();
        private Map<String, Integer> header;

        CsvRows(Utf8Lines lines, String name, Sink sink) {
            this.lines = lines;
            this.name = name;
            this.sink = sink;
        }

        private Utf8Lines.Line nextLine() throws IOException {
            return again.isEmpty() ? lines.next() : again.pop();
        }

        void read() throws IOException, ReviewFileException {
            List<Utf8Lines.Line> record = new ArrayList<>();
            for (Utf8Lines.Line line = nextLine(); line != null; line = nextLine()) {
                if (record.isEmpty() && line.text().isBlank()) continue;
                record.add(line);
                if (!balanced(record)) {
                    if (record.size() < MAX_RECORD_LINES && bytes(record) < MAX_RECORD_BYTES) continue;
                    unclosed(record);
                } else {
                    record(record);
                }
                record = new ArrayList<>();
            }
            if (!record.isEmpty()) {
                unclosed(record);
                for (Utf8Lines.Line line = nextLine(); line != null; line = nextLine()) {
                    // The lines after an unclosed quote at the end are rows of their own.
                    if (line.text().isBlank()) continue;
                    List<Utf8Lines.Line> one = new ArrayList<>(List.of(line));
                    if (balanced(one)) record(one);
                    else unclosed(one);
                }
            }
            if (header == null) {
                throw new ReviewFileException(name + ": the file is empty; a CSV of reviews starts with a header row "
                        + "such as id,date,rating,product,text");
            }
        }

        /** Gives up a record whose quote does not close: its first line is skipped, the others are read again. */
        private void unclosed(List<Utf8Lines.Line> record) {
            Utf8Lines.Line first = record.get(0);
            sink.skipped(new Skipped(name, first.number(), "bad CSV quoting: a quote opened on this line is not closed"
                    + " within " + record.size() + " lines; double a quote inside a quoted field (\"\") and close the field"));
            for (int i = record.size() - 1; i >= 1; i--) again.push(record.get(i));
        }

        private void record(List<Utf8Lines.Line> record) throws ReviewFileException {
            long line = record.get(0).number();
            for (Utf8Lines.Line l : record) {
                if (l.bad()) {
                    if (header == null) throw new ReviewFileException(name + ":" + l.number() + ": the header " + l.problem());
                    sink.skipped(new Skipped(name, l.number(), l.problem()));
                    return;
                }
            }
            StringBuilder text = new StringBuilder();
            for (Utf8Lines.Line l : record) text.append(text.length() == 0 && l == record.get(0) ? "" : "\n").append(l.text());
            CSVRecord parsed;
            try (CSVParser parser = CSVParser.parse(text.toString(), CSV)) {
                List<CSVRecord> records = parser.getRecords();
                if (records.isEmpty()) return;
                parsed = records.get(0);
            } catch (IOException | UncheckedIOException | IllegalStateException e) {
                String why = e.getMessage() == null ? e.toString() : e.getMessage().replaceAll("\\(line \\d+\\) ", "");
                if (header == null) {
                    throw new ReviewFileException(name + ":" + line + ": the header row is not valid CSV (" + why + ")");
                }
                sink.skipped(new Skipped(name, line, "bad CSV quoting (" + why + "); a quote inside a quoted field is "
                        + "written twice (\"\"), and a field with a comma is quoted"));
                return;
            }
            if (header == null) {
                header(parsed, line);
                return;
            }
            if (parsed.size() != header.size()) {
                sink.skipped(new Skipped(name, line, "the row has " + parsed.size() + " fields where the header has "
                        + header.size() + "; quote a text that holds a comma"));
                return;
            }
            Map<String, String> fields = new HashMap<>();
            header.forEach((column, index) -> fields.put(column, parsed.get(index)));
            ReviewRow.of(name, line, fields, sink);
        }

        private void header(CSVRecord parsed, long line) throws ReviewFileException {
            Map<String, Integer> columns = new HashMap<>();
            for (int i = 0; i < parsed.size(); i++) columns.putIfAbsent(parsed.get(i).strip().toLowerCase(Locale.ROOT), i);
            if (!columns.containsKey("text")) {
                throw new ReviewFileException(name + ":" + line + ": the header " + String.join(",", parsed.toList())
                        + " has no text column; name the column that holds the reviews `text` (optional columns: "
                        + "id, date, rating, product, source)");
            }
            header = columns;
        }

        private static boolean balanced(List<Utf8Lines.Line> record) {
            long quotes = 0;
            for (Utf8Lines.Line l : record) quotes += l.text().chars().filter(c -> c == '"').count();
            return quotes % 2 == 0;
        }

        private static long bytes(List<Utf8Lines.Line> record) {
            long n = 0;
            for (Utf8Lines.Line l : record) n += l.text().length() + 1;
            return n;
        }
    }
}
