package io.copydeck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `copydeck research`: its outputs, --suggest, and exit 2 with a message (no stack trace) for a user's mistake. */
class ResearchCommandTest {
    @TempDir
    Path dir;

    private static Path research() {
        return CliTest.examples().resolve("research");
    }

    @Test
    void writesResearchJsonReportAndASuggestedSpecThatChecksClean() throws Exception {
        Path out = dir.resolve("out");
        CliTest.Run r = CliTest.run("research", research().resolve("headphones.csv").toString(), "--spec",
                research().resolve("anc-700.campaign").toString(), "--suggest", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("pains: battery"), r.out());
        assertTrue(r.out().contains("benefit nobody mentions: quiet on every commute"), r.out());
        JsonNode json = new ObjectMapper().readTree(out.resolve("research.json").toFile());
        assertEquals(65, json.path("reviews").path("read").asInt());
        assertEquals("commuters", json.path("against_spec").path("audience").asText());
        assertTrue(Files.readString(out.resolve("report.html")).startsWith("<!DOCTYPE html>"));
        Path suggested = out.resolve("anc-700.suggested.campaign");
        CliTest.Run check = CliTest.run("check", suggested.toString());
        assertEquals(0, check.exit(), check.out() + check.err());
        assertTrue(check.out().contains("no problems"), check.out());
        CliTest.Run fmt = CliTest.run("fmt", "--check", suggested.toString());
        assertEquals(0, fmt.exit(), fmt.out() + fmt.err());
    }

    @Test
    void aMissingTextColumnAndAForeignFileExitTwoWithTheirFix() throws Exception {
        Path csv = dir.resolve("reviews.csv");
        Files.writeString(csv, "id,comment\n1,\"Great\"\n");
        CliTest.Run r = CliTest.run("research", csv.toString(), "--out", dir.resolve("o").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains(csv + ":1: the header id,comment has no text column"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());

        Path out = dir.resolve("mine");
        Files.createDirectories(out);
        Files.writeString(out.resolve("research.json"), "{\"mine\": true}");
        CliTest.Run foreign = CliTest.run("research", research().resolve("cafe.csv").toString(), "--out", out.toString());
        assertEquals(2, foreign.exit());
        assertTrue(foreign.err().contains("Copydeck research did not write it"), foreign.err());
        assertEquals("{\"mine\": true}", Files.readString(out.resolve("research.json")));
    }

    @Test
    void suggestWithoutASpecIsAUsageError() {
        CliTest.Run r = CliTest.run("research", research().resolve("cafe.csv").toString(), "--suggest");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--suggest needs --spec"), r.err());
    }
}
