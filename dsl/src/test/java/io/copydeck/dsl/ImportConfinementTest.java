package io.copydeck.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.copydeck.dsl.check.CheckResult;
import io.copydeck.dsl.check.Checker;
import io.copydeck.dsl.check.ImportScope;
import io.copydeck.dsl.diag.Code;
import io.copydeck.dsl.diag.Diagnostic;
import io.copydeck.dsl.diag.DiagnosticRenderer;
import io.copydeck.dsl.source.SourceFile;
import io.copydeck.dsl.source.SourceReadException;
import io.copydeck.dsl.source.SourceReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an import may read (#15, findings 5 and 9): files under the spec's folder, links followed,
 * or under a folder the user allows; regular files only; one byte budget for the whole spec; and
 * an imported file that is not campaign text is one line at its import, never its contents.
 */
class ImportConfinementTest {
    @TempDir
    Path dir;

    private Path spec;
    private Path outside;

    private Path write(Path p, String text) throws IOException {
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    private Path setUp(String imports) throws IOException {
        spec = dir.resolve("spec");
        outside = dir.resolve("outside");
        write(outside.resolve("brand.campaign"), "brand o { name: \"O\" }\n");
        write(outside.resolve("secret.env"), "API_KEY=sk-live-0123456789\nDB_PASSWORD=hunter2\n");
        return write(spec.resolve("main.campaign"), imports);
    }

    /** A symbolic link, or the test is skipped where links cannot be made. */
    private static void link(Path link, Path target) {
        try {
            Files.createSymbolicLink(link, target);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "no symbolic links here: " + e);
        }
    }

    private static List<Diagnostic> e010(CheckResult result) {
        return result.diagnostics().stream().filter(d -> d.code() == Code.E010).toList();
    }

    private static String rendered(CheckResult result) {
        DiagnosticRenderer renderer = new DiagnosticRenderer(result.sources(), false);
        return result.diagnostics().stream().map(renderer::render).collect(Collectors.joining("\n"));
    }

    @Test
    void anAbsoluteImportOutsideTheSpecsFolderIsRefusedUnread() throws Exception {
        Path main = setUp("");
        Path secret = outside.resolve("secret.env");
        Files.writeString(main, "import \"" + secret + "\"\n");
        CheckResult result = Checker.check(main);
        Diagnostic d = e010(result).get(0);
        assertTrue(d.message().contains("outside the allowed folders"), d.message());
        assertTrue(d.message().contains("--import-path"), d.message());
        assertEquals(1, result.files().size(), "only the root was read");
        assertFalse(rendered(result).contains("hunter2"), rendered(result));
        assertTrue(Files.exists(secret));
    }

    @Test
    void etcShadowIsNotRead() throws Exception {
        Path main = setUp("import \"/etc/shadow\"\nimport \"/etc/passwd\"\n");
        CheckResult result = Checker.check(main);
        assertEquals(2, e010(result).size(), result.diagnostics().toString());
        assertTrue(e010(result).stream().allMatch(d -> d.message().contains("outside the allowed folders")));
        assertFalse(rendered(result).contains("root:"), rendered(result));
    }

    @Test
    void aDotDotImportLeavingTheFolderIsRefused() throws Exception {
        CheckResult result = Checker.check(setUp("import \"../outside/brand.campaign\"\n"));
        assertTrue(e010(result).get(0).message().contains("outside the allowed folders"), result.diagnostics().toString());
        assertEquals(1, result.files().size());
    }

    @Test
    void aDotDotImportThatStaysInsideIsFine() throws Exception {
        Path main = setUp("import \"shared/a.campaign\"\n");
        write(spec.resolve("shared/a.campaign"), "import \"../other/b.campaign\"\n");
        write(spec.resolve("other/b.campaign"), "brand b { name: \"B\" }\n");
        CheckResult result = Checker.check(main);
        assertEquals(List.of(), e010(result));
        assertEquals(3, result.files().size());
    }

    @Test
    void aSymlinkLeadingOutIsRefusedAndSoIsALinkedFolder() throws Exception {
        Path main = setUp("import \"brand.campaign\"\nimport \"linked/brand.campaign\"\n");
        link(spec.resolve("brand.campaign"), outside.resolve("brand.campaign"));
        link(spec.resolve("linked"), outside);
        CheckResult result = Checker.check(main);
        List<Diagnostic> refused = e010(result);
        assertEquals(2, refused.size(), result.diagnostics().toString());
        assertTrue(refused.stream().allMatch(d -> d.message().contains("leads outside the allowed folders")), refused.toString());
        assertEquals(1, result.files().size());
    }

    @Test
    void aSymlinkStayingInsideIsFollowed() throws Exception {
        Path main = setUp("import \"alias.campaign\"\n");
        write(spec.resolve("shared/b.campaign"), "brand b { name: \"B\" }\n");
        link(spec.resolve("alias.campaign"), spec.resolve("shared/b.campaign"));
        CheckResult result = Checker.check(main);
        assertEquals(List.of(), e010(result));
        assertEquals("b", result.spec().brands().get(0).id());
    }

    @Test
    void oneFileReachedByTwoPathsIsLoadedOnce() throws Exception {
        Path main = setUp("import \"alias.campaign\"\nimport \"shared/b.campaign\"\nimport \"shared/../shared/b.campaign\"\n");
        write(spec.resolve("shared/b.campaign"), "brand b { name: \"B\" }\n");
        link(spec.resolve("alias.campaign"), spec.resolve("shared/b.campaign"));
        CheckResult result = Checker.check(main);
        assertEquals(List.of(), result.diagnostics(), "not `b` declared twice");
        assertEquals(1, result.spec().brands().size());
    }

    @Test
    void anAllowedFolderMayBeImportedFrom() throws Exception {
        Path main = setUp("import \"../outside/brand.campaign\"\n");
        CheckResult result = Checker.check(main, new ImportScope(List.of(outside)));
        assertEquals(List.of(), e010(result), result.diagnostics().toString());
        assertEquals("o", result.spec().brands().get(0).id());
        // Allowing one folder allows nothing beside it.
        Files.writeString(main, "import \"../elsewhere/x.campaign\"\n");
        write(dir.resolve("elsewhere/x.campaign"), "brand x { name: \"X\" }\n");
        assertTrue(e010(Checker.check(main, new ImportScope(List.of(outside)))).get(0).message()
                .contains("outside the allowed folders"));
    }

    @Test
    void anAllowedFolderIsComparedByItsRealPathToo() throws Exception {
        Path main = setUp("import \"via/brand.campaign\"\n");
        link(spec.resolve("via"), outside);
        CheckResult result = Checker.check(main, new ImportScope(List.of(outside)));
        assertEquals(List.of(), e010(result), result.diagnostics().toString());
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)   // a blocked open() ignores interrupts
    void aFifoIsRefusedWithoutBlocking() throws Exception {
        Path main = setUp("import \"pipe.campaign\"\n");
        Path fifo = spec.resolve("pipe.campaign");
        assumeTrue(mkfifo(fifo), "mkfifo is not available");
        Diagnostic d = e010(Checker.check(main)).get(0);
        assertTrue(d.message().contains("not a regular file"), d.message());
        assertFalse(d.message().contains("paths are relative"), d.message());
        SourceReadException root = assertThrows(SourceReadException.class, () -> Checker.check(fifo));
        assertTrue(root.ioProblem());
        assertTrue(root.getMessage().contains("not a regular file"), root.getMessage());
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)   // a blocked open() ignores interrupts
    void aDeviceIsRefused() throws Exception {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero));
        SourceReadException e = assertThrows(SourceReadException.class, () -> SourceReader.readFromDisk(zero));
        assertTrue(e.getMessage().contains("not a regular file"), e.getMessage());
    }

    private static boolean mkfifo(Path path) throws InterruptedException {
        try {
            Process p = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0 && Files.exists(path);
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void importsShareOneByteBudget() throws Exception {
        // Four files of 5 MB: each is well under the 16 MB cap, together they are over it.
        Path main = setUp("import \"b1.campaign\"\nimport \"b2.campaign\"\nimport \"b3.campaign\"\nimport \"b4.campaign\"\n");
        String comment = "// " + "x".repeat(96) + "\n";
        for (int i = 1; i <= 4; i++) {
            write(spec.resolve("b" + i + ".campaign"), "brand b" + i + " { name: \"B\" }\n" + comment.repeat(50_000));
        }
        CheckResult result = Checker.check(main);
        List<Diagnostic> refused = e010(result);
        assertEquals(1, refused.size(), result.diagnostics().toString());
        assertEquals(4, refused.get(0).range().startLine(), "the import that passes the budget");
        assertTrue(refused.get(0).message().contains("at most 16 MB together"), refused.get(0).message());
        assertEquals(4, result.files().size(), "the root and the three that fit");
    }

    @Test
    void theBudgetHoldsForReadersThatCannotTellASize() throws Exception {
        Path root = Path.of("/mem/main.campaign");
        String big = "brand b { name: \"B\" }\n" + "// xxxxxxxxxxxxxxxxxxxxxxxx\n".repeat(400_000);
        InMemorySources sources = new InMemorySources()
                .with(root, "import \"a.campaign\"\nimport \"b.campaign\"\n")
                .with(Path.of("/mem/a.campaign"), big)
                .with(Path.of("/mem/b.campaign"), big.replace("brand b", "brand c"));
        CheckResult result = Checker.check(root, sources);
        List<Diagnostic> refused = e010(result);
        assertEquals(1, refused.size(), result.diagnostics().toString());
        assertEquals(2, refused.get(0).range().startLine());
    }

    @Test
    void aSecretsFileShowsOneLineAndNoneOfItsContents() throws Exception {
        Path main = setUp("import \"secret.env\"\nimport \"config.yml\"\n");
        Files.copy(outside.resolve("secret.env"), spec.resolve("secret.env"));
        write(spec.resolve("config.yml"), "password: hunter3\ntoken: \"ghp_abcdef\"\n");
        CheckResult result = Checker.check(main);
        List<Diagnostic> refused = e010(result);
        assertEquals(2, refused.size(), result.diagnostics().toString());
        assertEquals(2, result.diagnostics().size(), "nothing from inside either file: " + result.diagnostics());
        assertTrue(refused.get(0).message().contains("is not a campaign file"), refused.get(0).message());
        assertTrue(refused.get(0).message().contains("line 1, column 1"), refused.get(0).message());
        String shown = rendered(result);
        for (String secret : List.of("API_KEY", "sk-live", "hunter2", "DB_PASSWORD", "password", "hunter3", "ghp_")) {
            assertFalse(shown.contains(secret), secret + " shown:\n" + shown);
        }
        assertEquals(1, result.files().size(), "neither file is part of the spec");
    }

    @Test
    void anImportedCampaignWithATypoIsPointedAtNotEchoed() throws Exception {
        Path main = setUp("import \"shared/brand.campaign\"\n");
        write(spec.resolve("shared/brand.campaign"), "brand b {\n  name \"B\"\n}\n");
        Diagnostic d = e010(Checker.check(main)).get(0);
        assertTrue(d.message().contains("line 2, column 8"), d.message());
        assertTrue(d.message().contains("check it on its own"), d.message());
    }

    @Test
    void anImportedCampaignWithSchemaErrorsIsStillShownInFull() throws Exception {
        Path main = setUp("import \"shared/brand.campaign\"\n");
        write(spec.resolve("shared/brand.campaign"), "brand b {\n  nmae: \"B\"\n}\n");
        CheckResult result = Checker.check(main);
        assertEquals(List.of(), e010(result));
        assertTrue(result.diagnostics().stream().anyMatch(d -> d.code() == Code.E102
                && d.range().file().endsWith("brand.campaign")), result.diagnostics().toString());
    }

    @Test
    void aNonCampaignImportIsNotFollowedFurther() throws Exception {
        Path main = setUp("import \"notes.txt\"\n");
        write(spec.resolve("notes.txt"), "import \"deeper.campaign\"\nsome notes: here\n");
        write(spec.resolve("deeper.campaign"), "brand deep { name: \"D\" }\n");
        CheckResult result = Checker.check(main);
        assertEquals(1, e010(result).size(), result.diagnostics().toString());
        assertTrue(result.spec().brands().isEmpty());
    }

    @Test
    void aRootThatIsClearlyNotACampaignIsOneLineToo() throws Exception {
        setUp("");
        Path link = spec.resolve("leak.campaign");   // `check specs/*.campaign` with a link a change added
        link(link, outside.resolve("secret.env"));
        CheckResult result = Checker.check(link);
        assertEquals(1, result.diagnostics().size(), result.diagnostics().toString());
        Diagnostic d = result.diagnostics().get(0);
        assertEquals(Code.E006, d.code());
        assertTrue(d.message().contains("is not a campaign file: at line 1, column 1"), d.message());
        assertTrue(result.files().isEmpty(), "no parsed file whose lines could be shown");
        String shown = rendered(result);
        assertFalse(shown.contains("API_KEY") || shown.contains("hunter2") || shown.contains("sk-live"), shown);
    }

    @Test
    void aRootCampaignWithMistakesIsStillShownInFull() throws Exception {
        Path main = setUp("brand b {\n  name \"B\"\n}\nbrnad c { name: \"C\" }\n");
        CheckResult result = Checker.check(main);
        assertTrue(result.diagnostics().stream().anyMatch(d -> d.code() == Code.E001), result.diagnostics().toString());
        assertTrue(result.diagnostics().stream().anyMatch(d -> d.code() == Code.E101), result.diagnostics().toString());
        assertTrue(rendered(result).contains("name \"B\""), "its lines are shown");
    }

    @Test
    void anInMemoryRootStillResolvesImportsBesideIt() throws Exception {
        SourceFile root = new SourceFile(Path.of("/mem/main.campaign"), "import \"shared/b.campaign\"\n");
        InMemorySources sources = new InMemorySources().with(root.path(), root.text())
                .with(Path.of("/mem/shared/b.campaign"), "brand b { name: \"B\" }\n");
        CheckResult result = Checker.check(root.path(), sources);
        assertEquals(List.of(), result.diagnostics());
        assertEquals(2, result.files().size());
    }
}
