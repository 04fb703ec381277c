package io.copydeck.tests.probes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.copydeck.tests.probes.InProcessCli.Run;
import java.io.IOException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #15's reading probes, as a hostile spec from an untrusted change would run them in CI:
 * `copydeck check` (and the commands that load specs) must not print files outside the spec's
 * folder, the contents of a non-campaign file, or a raw terminal escape; must not hang on a FIFO;
 * and must say what is wrong with `1e309 USD`. No model is needed.
 */
class ReadingProbesTest {
    private static final Path ROOT = Path.of(System.getProperty("copydeck.root", "..")).toAbsolutePath().normalize();
    private static final String SECRET = "sk-live-PROBE-0123456789";

    private static Run copydeck(String... args) {
        return InProcessCli.run(args);
    }

    @TempDir
    Path dir;

    Path spec;

    @BeforeEach
    void project() throws IOException {
        spec = Files.createDirectories(dir.resolve("spec"));
        Files.createDirectories(dir.resolve("runner"));
        Files.writeString(dir.resolve("runner/secret.env"), "API_KEY=" + SECRET + "\nDB_PASSWORD=hunter2\n");
    }

    private Path write(String name, String text) throws IOException {
        Path p = spec.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, text);
    }

    /** The Aurora example with its shared file, one string of it replaced. */
    private Path aurora(String find, String replace) throws IOException {
        write("shared/aurora-brand.campaign", Files.readString(ROOT.resolve("examples/shared/aurora-brand.campaign")));
        String text = Files.readString(ROOT.resolve("examples/spring-launch.campaign"));
        assertTrue(text.contains(find), find);
        return write("spring-launch.campaign", text.replace(find, replace));
    }

    private static void assertNoRawControls(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = c != '\n' && c != '\t' && c != '\r' && (c < 0x20 || (c >= 0x7f && c <= 0x9f));
            assertFalse(control, "raw U+" + Integer.toHexString(c) + " at " + i + " in:\n" + text);
        }
    }

    @Test
    void anImportOfEtcPasswdIsRefusedAndNothingOfItIsPrinted() throws IOException {
        assumeTrue(Files.isReadable(Path.of("/etc/passwd")));
        Path main = write("main.campaign", "import \"/etc/passwd\"\nimport \"../../../../../../../etc/hosts\"\n");
        Run run = copydeck("check", main.toString());
        assertEquals(1, run.exit(), run.all());
        assertFalse(run.all().contains("root:"), run.all());
        assertTrue(run.out().contains("outside the allowed folders"), run.out());
        assertTrue(run.out().contains("checked 1 file: 2 errors"), run.out());
    }

    @Test
    void aDotDotImportOfTheRunnersSecretsIsRefused() throws IOException {
        Path main = write("main.campaign", "import \"../runner/secret.env\"\n");
        Run run = copydeck("check", main.toString());
        assertEquals(1, run.exit(), run.all());
        assertFalse(run.all().contains(SECRET) || run.all().contains("API_KEY"), run.all());
    }

    @Test
    void aSymlinkToTheRunnersSecretsIsRefused() throws IOException {
        Path main = write("main.campaign", "import \"brand.campaign\"\n");
        try {
            Files.createSymbolicLink(spec.resolve("brand.campaign"), dir.resolve("runner/secret.env"));
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "no symbolic links: " + e);
        }
        Run run = copydeck("check", main.toString());
        assertEquals(1, run.exit(), run.all());
        assertTrue(run.out().contains("leads outside the allowed folders"), run.out());
        assertFalse(run.all().contains(SECRET), run.all());
    }

    @Test
    void checkingAGlobThatMatchesALinkToTheSecretsPrintsOneLine() throws IOException {
        Path link = spec.resolve("z.campaign");
        try {
            Files.createSymbolicLink(link, dir.resolve("runner/secret.env"));
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "no symbolic links: " + e);
        }
        Run run = copydeck("check", link.toString());
        assertEquals(1, run.exit(), run.all());
        assertFalse(run.all().contains(SECRET) || run.all().contains("API_KEY"), run.all());
        assertTrue(run.out().contains("error[E006]") && run.out().contains("is not a campaign file"), run.out());
    }

    @Test
    void aSecretsFileInsideTheFolderIsOneLineNotItsKeys() throws IOException {
        Files.copy(dir.resolve("runner/secret.env"), spec.resolve("secret.env"));
        Path main = write("main.campaign", "import \"secret.env\"\n");
        Run run = copydeck("check", main.toString());
        assertEquals(1, run.exit(), run.all());
        assertFalse(run.all().contains(SECRET) || run.all().contains("API_KEY") || run.all().contains("hunter2"),
                run.all());
        assertTrue(run.out().contains("is not a campaign file"), run.out());
        assertTrue(run.out().contains("checked 1 file: 1 error, 0 warnings"), run.out());
        Run json = copydeck("check", "--format", "json", main.toString());
        assertFalse(json.all().contains(SECRET), json.all());
    }

    @Test
    void importPathAllowsAFolderOutsideTheSpecs() throws IOException {
        Files.writeString(dir.resolve("runner/brand.campaign"), "brand shared { name: \"Shared\" }\n");
        Path main = write("main.campaign", "import \"../runner/brand.campaign\"\n");
        assertEquals(1, copydeck("check", main.toString()).exit());
        Run allowed = copydeck("check", "--import-path", dir.resolve("runner").toString(), main.toString());
        assertEquals(0, allowed.exit(), allowed.all());
        assertTrue(allowed.out().contains("checked 2 files: no problems"), allowed.out());
        Run missing = copydeck("check", "--import-path", dir.resolve("nope").toString(), main.toString());
        assertEquals(2, missing.exit(), missing.all());
        assertTrue(missing.err().contains("--import-path") && missing.err().contains("is not a folder"), missing.err());
    }

    @Test
    void importPathWorksOnTheCommandsThatGoFurther() throws IOException {
        Path main = aurora("import \"shared/aurora-brand.campaign\"", "import \"../runner/aurora-brand.campaign\"");
        Files.move(spec.resolve("shared/aurora-brand.campaign"), dir.resolve("runner/aurora-brand.campaign"));
        Run refused = copydeck("plan", main.toString());
        assertEquals(1, refused.exit(), refused.all());
        assertTrue(refused.err().contains("outside the allowed folders"), refused.err());
        Run plan = copydeck("plan", "--import-path", dir.resolve("runner").toString(), main.toString());
        assertEquals(0, plan.exit(), plan.all());
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)   // a blocked open() ignores interrupts
    void aFifoIsRefusedWithoutHanging() throws Exception {
        Path fifo = spec.resolve("pipe.campaign");
        assumeTrue(mkfifo(fifo), "mkfifo is not available");
        Run root = copydeck("check", fifo.toString());
        assertEquals(2, root.exit(), root.all());
        assertTrue(root.err().contains("not a regular file"), root.err());
        Path main = write("main.campaign", "import \"pipe.campaign\"\n");
        Run imported = copydeck("check", main.toString());
        assertEquals(1, imported.exit(), imported.all());
        assertTrue(imported.out().contains("not a regular file"), imported.out());
    }

    private static boolean mkfifo(Path path) throws InterruptedException {
        try {
            Process p = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void fourLargeImportsTogetherPassTheBudgetAndAreRefusedAtTheOneThatDoes() throws IOException {
        String filler = ("// " + "x".repeat(96) + "\n").repeat(50_000);   // 5 MB each
        StringBuilder imports = new StringBuilder();
        for (int i = 1; i <= 4; i++) {
            write("big" + i + ".campaign", "brand b" + i + " { name: \"B\" }\n" + filler);
            imports.append("import \"big").append(i).append(".campaign\"\n");
        }
        Run run = copydeck("check", write("main.campaign", imports.toString()).toString());
        assertEquals(1, run.exit(), run.all());
        assertTrue(run.out().contains("main.campaign:4:8: error[E010]") && run.out().contains("at most 16 MB together"),
                run.out());
    }

    @Test
    void aTerminalEscapeInASpecIsPrintedEscaped() throws IOException {
        // `locale` echoes its string in the message; the source line holds a raw ESC and BEL as well.
        Path main = aurora("locale: \"en-US\"", "locale: \"en\\u001b]0;pwned\\u0007\\u009b_US\" // \u001b[2J\u0007");
        Run check = copydeck("check", main.toString());
        assertEquals(1, check.exit(), check.all());
        assertNoRawControls(check.all());
        assertTrue(check.out().contains("\\u001B]0;pwned\\u0007"), check.out());
        Run json = copydeck("check", "--format", "json", main.toString());
        assertNoRawControls(json.all());
        Run colour = copydeck("check", "--color", "always", main.toString());   // only the renderer's own codes
        assertFalse(colour.out().contains("\u001b]0;") || colour.out().contains("\u0007"), colour.out());
    }

    @Test
    void escapesInPromptsAndInEchoedArgumentsArePrintedEscaped() throws IOException {
        Path main = aurora("title: \"Spring Launch 2027\"", "title: \"Spring\\u001b]0;pwned\\u0007 Launch\\u009b2J\"");
        Run prompts = copydeck("prompts", "--job", "spring_launch/email.welcome/commuters/cold_brew/v1/subject",
                main.toString());
        assertEquals(0, prompts.exit(), prompts.all());
        assertNoRawControls(prompts.all());
        Run job = copydeck("prompts", "--job", "x\u001b]0;t\u0007", main.toString());
        assertEquals(1, job.exit(), job.all());
        assertNoRawControls(job.all());
        assertTrue(job.err().contains("no job matches x\\u001B]0;t\\u0007"), job.err());
        Run plan = copydeck("plan", "--format", "json", main.toString());
        assertEquals(0, plan.exit(), plan.all());
        assertNoRawControls(plan.all());
        Run approve = copydeck("approve", "--spec", main.toString(), "nope\u001b[2J");
        assertEquals(1, approve.exit(), approve.all());
        assertNoRawControls(approve.all());
        Run regenerate = copydeck("build", main.toString(), "--regenerate", "nope\u001b]0;t\u0007");
        assertEquals(2, regenerate.exit(), regenerate.all());
        assertTrue(regenerate.err().contains("no channel matches `nope\\u001B]0;t\\u0007`"), regenerate.err());
        assertNoRawControls(regenerate.all());
    }

    @Test
    void anExponentPriceIsReportedAsTooLargeAtTheNumber() throws IOException {
        Path main = aurora("price: 34.99 USD", "price: 1e309 USD");
        Run run = copydeck("check", main.toString());
        assertEquals(1, run.exit(), run.all());
        assertFalse(run.out().contains("not an ISO 4217 currency code"), run.out());
        assertTrue(run.out().contains("error[E112]: `1e309` is too large to be a number here"), run.out());
        assertTrue(run.out().contains("plain digits"), run.out());
        assertTrue(run.out().contains("checked 2 files: 1 error"), run.out());
    }

    @Test
    void theExamplesStillCheckClean() {
        for (String example : List.of("spring-launch.campaign", "autumn-tea.campaign")) {
            Run run = copydeck("check", ROOT.resolve("examples").resolve(example).toString());
            assertEquals(0, run.exit(), run.all());
        }
    }
}
