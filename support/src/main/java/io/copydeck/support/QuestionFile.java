package io.copydeck.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A JSON Lines file of questions: one object a line with the question in {@code "q"} (or
 * {@code "question"}), optionally labelled with the fact ids that answer it ({@code "facts"}) or as
 * {@code "unanswerable": true}; other keys are ignored, so an answers file or a labelled file can be
 * passed as is. Blank lines are skipped. A line that is no such object is an {@link Entry} with an
 * error naming its line and what to write instead; the other lines are still read, so one typo does
 * not lose a batch.
 */
public final class QuestionFile {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A questions file larger than this is refused unread: no support batch is that big. */
    public static final long MOST_BYTES = 16L * 1024 * 1024;

    private QuestionFile() {}

    /** One line: its number, and either a question (with its labels) or an error. */
    public record Entry(int line, LabelledQuestion question, String error) {
        public boolean ok() {
            return error == null;
        }
    }

    public static List<Entry> read(Path file) throws IOException {
        if (Files.size(file) > MOST_BYTES) {
            throw new IOException(file + " is larger than " + MOST_BYTES / (1024 * 1024) + " MB; split it");
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Entry> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) continue;
            out.add(parse(i + 1, line));
        }
        return out;
    }

    static Entry parse(int number, String line) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return new Entry(number, null, "not JSON (" + firstLine(e.getOriginalMessage()) + "); write {\"q\": \"your question\"}");
        }
        if (node == null || !node.isObject()) return new Entry(number, null, "not a JSON object; write {\"q\": \"your question\"}");
        JsonNode q = node.has("q") ? node.get("q") : node.get("question");
        if (q == null || !q.isTextual()) return new Entry(number, null, "no \"q\" string; write {\"q\": \"your question\"}");
        if (q.asText().isBlank()) return new Entry(number, null, "\"q\" is empty; write the question");
        List<String> facts = new ArrayList<>();
        JsonNode f = node.get("facts");
        if (f != null) {
            if (!f.isArray()) return new Entry(number, null, "\"facts\" is not a list of fact ids");
            for (JsonNode id : f) {
                if (!id.isTextual()) return new Entry(number, null, "\"facts\" holds something that is not a fact id");
                facts.add(id.asText());
            }
        }
        boolean unanswerable = node.path("unanswerable").asBoolean(false);
        if (unanswerable && !facts.isEmpty()) {
            return new Entry(number, null, "labelled both unanswerable and with \"facts\"; keep one");
        }
        return new Entry(number, new LabelledQuestion(q.asText(), facts, unanswerable), null);
    }

    private static String firstLine(String message) {
        if (message == null) return "unreadable";
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
