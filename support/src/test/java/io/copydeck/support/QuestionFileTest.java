package io.copydeck.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuestionFileTest {
    @Test
    void eachBadLineIsNamedAndTheOthersAreStillRead(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("q.jsonl");
        Files.writeString(f, String.join("\n", "{\"q\": \"one\", \"id\": 7}", "", "{not json", "[1]",
                "{\"question\": \"two\", \"facts\": [\"a.b\"]}", "{\"q\": \"\"}", "{\"q\": \"x\", \"facts\": [\"a\"], \"unanswerable\": true}",
                "{\"q\": \"three\", \"unanswerable\": true}"));
        List<QuestionFile.Entry> entries = QuestionFile.read(f);
        assertEquals(List.of(1, 3, 4, 5, 6, 7, 8), entries.stream().map(QuestionFile.Entry::line).toList());
        assertTrue(entries.get(0).ok());
        assertFalse(entries.get(0).question().labelled());
        assertTrue(entries.get(1).error().startsWith("not JSON"), entries.get(1).error());
        assertTrue(entries.get(2).error().contains("not a JSON object"));
        assertEquals(List.of("a.b"), entries.get(3).question().facts());
        assertTrue(entries.get(4).error().contains("empty"));
        assertTrue(entries.get(5).error().contains("keep one"));
        assertTrue(entries.get(6).question().unanswerable());
    }
}
