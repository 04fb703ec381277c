package io.copydeck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `copydeck answer` as a pipeline and a person see it (no model: --no-model; the model's path is in docs/support.md). */
class AnswerCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static String spec() {
        return CliTest.examples().resolve("support/brightsmile-dental.campaign").toString();
    }

    @Test
    void oneQuestionAsJson() throws Exception {
        CliTest.Run r = CliTest.run("answer", spec(), "How much is a checkup?", "--format", "json", "--no-model");
        assertEquals(0, r.exit(), r.err());
        JsonNode a = JSON.readTree(r.out());
        assertEquals(List.of("question", "answered", "answer", "sources", "score"), iterable(a.fieldNames()));
        assertTrue(a.get("answered").asBoolean());
        assertEquals("product.checkup.price", a.get("sources").get(0).asText());
        assertTrue(a.get("answer").asText().contains("£45.00"), r.out());
    }

    @Test
    void aQuestionNoFactAnswersGetsTheHandoffInText() {
        CliTest.Run r = CliTest.run("answer", spec(), "Do you do root canal treatment?", "--no-model");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("Let me pass this to our reception team"), r.out());
        assertTrue(r.out().contains("handed off"), r.out());
    }

    @Test
    void aQuestionsFileInJsonLinesOutInOrderWithBadLinesNamed() throws Exception {
        Path q = dir.resolve("q.jsonl");
        Files.writeString(q, "{\"q\": \"Is there parking?\", \"facts\": [\"x\"]}\n{broken\n{\"q\": \"Do you take Denplan?\"}\n");
        CliTest.Run r = CliTest.run("answer", spec(), "--questions", q.toString(), "--format", "json", "--no-model");
        assertEquals(1, r.exit(), "a bad line is an error in the input: " + r.err());
        assertTrue(r.err().contains("q.jsonl:2: error: not JSON"), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(3, lines.size(), r.out());
        assertEquals("Is there parking?", JSON.readTree(lines.get(0)).get("question").asText());
        assertEquals(2, JSON.readTree(lines.get(1)).get("line").asInt());
        assertEquals("support.policy.insurance", JSON.readTree(lines.get(2)).get("sources").get(0).asText());
    }

    @Test
    void evalReportsTheFigures() throws Exception {
        Path q = CliTest.examples().resolve("support/questions/dev-dental.jsonl");
        CliTest.Run r = CliTest.run("answer", spec(), "--questions", q.toString(), "--eval", "--format", "json", "--no-model");
        assertEquals(0, r.exit(), r.err());
        JsonNode report = JSON.readTree(r.out());
        assertEquals(17, report.get("questions").asInt());
        assertEquals(1.0, report.get("faithfulness").asDouble());
        assertTrue(report.get("accuracy").asDouble() >= 0.9, r.out());
        assertTrue(report.has("p95_ms"));
    }

    @Test
    void specErrorsStopLikeCheckAndUsageMistakesSaySo() throws Exception {
        CliTest.Run bad = CliTest.run("answer", CliTest.examples().resolve("mistakes.campaign").toString(), "hi", "--no-model");
        assertEquals(1, bad.exit());
        assertTrue(bad.err().contains("error[E201]"), bad.err());
        CliTest.Run neither = CliTest.run("answer", spec(), "--no-model");
        assertEquals(2, neither.exit());
        assertTrue(neither.err().contains("one QUESTION or --questions"), neither.err());
        CliTest.Run missing = CliTest.run("answer", spec(), "--questions", dir.resolve("none.jsonl").toString(), "--no-model");
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("cannot read"), missing.err());
        assertFalse(missing.err().contains("Exception"), missing.err());
    }

    @Test
    void terminalControlsInAQuestionAreEscaped() {
        CliTest.Run r = CliTest.run("answer", spec(), "parking\u001b[31m?", "--format", "json", "--no-model");
        assertFalse(r.out().contains("\u001b"), r.out());
    }

    private static List<String> iterable(java.util.Iterator<String> it) {
        List<String> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
