package io.copydeck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI as a pipeline sees it: output, exit codes, and no stack traces for user mistakes. */
class CliTest {
    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exit, out.toString(), err.toString());
    }

    static Path examples() {
        String root = System.getProperty("copydeck.root", "..");
        return Path.of(root).resolve("examples");
    }

    @Test
    void aCleanSpecExitsZeroWithASummary() {
        Run r = run("check", examples().resolve("autumn-tea.campaign").toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("checked 2 files: no problems"), r.out());
    }

    @Test
    void errorsPrintLikeACompilerAndExitOne() {
        Run r = run("check", "--color=never", examples().resolve("mistakes.campaign").toString());
        assertEquals(1, r.exit());
        assertTrue(r.out().contains("mistakes.campaign:6:10: error[E201]: unknown brand `nortwind`; did you mean "
                + "`northwind`?"), r.out());
        assertTrue(r.out().contains("  |          ^^^^^^^^\n  = fix: Change to `northwind`"), r.out());
        assertFalse(r.out().contains("\u001b["), "no colour unless asked or on a terminal");
        assertTrue(r.out().strip().endsWith("checked 2 files: 7 errors, 5 warnings"), r.out());
    }

    @Test
    void colourWhenAskedFor() {
        Run r = run("check", "--color=always", examples().resolve("mistakes.campaign").toString());
        assertTrue(r.out().contains("\u001b[31;1merror[E201]"), r.out());
    }

    @Test
    void warningsOnlyExitZero() throws Exception {
        Path spec = dir.resolve("w.campaign");
        Files.writeString(spec, """
                brand b { name: "B" }
                audience a { description: "A" }
                product p { name: "P"; price: 1.00 USD }
                campaign c { title: "T"; brand: b; channel sms { audience: a } }
                """);
        Run r = run("check", spec.toString());
        assertEquals(0, r.exit(), r.out());
        assertTrue(r.out().contains("warning[W401]"), r.out());
    }

    @Test
    void jsonIsMachineReadableWithRangesAndFixes() throws Exception {
        Run r = run("check", "--format", "json", examples().resolve("mistakes.campaign").toString());
        assertEquals(1, r.exit());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals(7, root.get("errors").asInt());
        JsonNode first = root.get("diagnostics").get(0);
        assertEquals("E201", first.get("code").asText());
        assertEquals("error", first.get("severity").asText());
        assertEquals(6, first.get("line").asInt());
        assertEquals(10, first.get("column").asInt());
        assertEquals(18, first.get("endColumn").asInt());
        assertEquals("northwind", first.get("fixes").get(0).get("edits").get(0).get("newText").asText());
    }

    @Test
    void aMissingFileIsAnIoProblemExitTwoWithoutAStackTrace() {
        Run r = run("check", dir.resolve("nope.campaign").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("no such file"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, run("check").exit());
        assertEquals(2, run("check", "--format", "yaml", "x.campaign").exit());
        assertEquals(2, run("frobnicate").exit());
    }

    @Test
    void binaryAndEmptyFilesGetClearMessages() throws Exception {
        Path bin = dir.resolve("b.campaign");
        Files.write(bin, new byte[] {1, 2, 0, 3});
        Run r = run("check", bin.toString());
        assertEquals(1, r.exit());
        assertTrue(r.out().contains("looks like a binary file"), r.out());
        Path empty = dir.resolve("e.campaign");
        Files.writeString(empty, "");
        Run e = run("check", empty.toString());
        assertEquals(0, e.exit());
        assertTrue(e.out().contains("is empty"), e.out());
    }

    @Test
    void fmtRewritesInPlaceAndCheckReportsWithoutWriting() throws Exception {
        Path spec = dir.resolve("f.campaign");
        String messy = "brand b{name:\"B\"}\n";
        Files.writeString(spec, messy);
        Run check = run("fmt", "--check", spec.toString());
        assertEquals(1, check.exit());
        assertTrue(check.out().contains("would reformat"), check.out());
        assertEquals(messy, Files.readString(spec), "--check writes nothing");

        Run fmt = run("fmt", spec.toString());
        assertEquals(0, fmt.exit(), fmt.err());
        assertEquals("brand b {\n  name: \"B\"\n}\n", Files.readString(spec));
        assertEquals(0, run("fmt", "--check", spec.toString()).exit());
        try (var leftovers = Files.list(dir)) {
            assertEquals(1, leftovers.count(), "no temp files left behind");
        }
    }

    @Test
    void fmtRefusesAFileWithSyntaxErrorsAndLeavesItAlone() throws Exception {
        Path spec = dir.resolve("s.campaign");
        String broken = "brand b { name \"B\" }\n";
        Files.writeString(spec, broken);
        Run r = run("fmt", spec.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("fix its syntax errors first"), r.err());
        assertEquals(broken, Files.readString(spec));
    }

    @Test
    void picocliEchoesOfWhatWasTypedAreEscaped() {
        Run r = run("check", examples().resolve("autumn-tea.campaign").toString(), "--bogus\u001b]0;owned\u0007");
        assertEquals(Main.USAGE, r.exit());
        assertFalse(r.err().contains("\u001b"), r.err());
        assertTrue(r.err().contains("Unknown option: '--bogus\\u001B]0;owned\\u0007'"), r.err());
        assertTrue(r.err().contains("copydeck check --help"), r.err());
    }

    @picocli.CommandLine.Command(name = "denied")
    static final class Denied implements java.util.concurrent.Callable<Integer> {
        @Override
        public Integer call() throws Exception {
            throw new java.io.UncheckedIOException(new java.nio.file.AccessDeniedException("/srv/out/assets/a.json"));
        }
    }

    @Test
    void aFileTheMachineRefusesIsOneLineAndExitTwoNotABug() {
        StringWriter err = new StringWriter();
        picocli.CommandLine cli = Main.configure(new picocli.CommandLine(new Denied()));
        cli.setErr(new PrintWriter(err, true));
        assertEquals(Main.USAGE, cli.execute());
        assertEquals("copydeck: error: permission denied: /srv/out/assets/a.json; check the file's permissions and the "
                + "free space, then run again", err.toString().strip());
    }

    @Test
    void publishHasTheSameErrorHandlingAsEveryCommand() {
        Run r = run("publish", "--bogus\u001b");
        assertEquals(Main.USAGE, r.exit());
        assertFalse(r.err().contains("\u001b"), r.err());
    }
}
