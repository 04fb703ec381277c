package io.copydeck.tests.probes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.copydeck.tests.probes.InProcessCli.Run;
import java.io.IOException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #15's template and glob probes, run as a user runs the CLI: `--job` globs that made the
 * JDK backtrack or threw, `template:` paths that aborted `prompts`, and a pad that took gigabytes.
 * None needs a model (check, prompts, build --dry-run).
 */
class TemplateProbesTest {

    private static Run cli(String... args) {
        return InProcessCli.run(args);
    }

    @TempDir
    Path dir;
    private Path spec;

    @BeforeEach
    void copyTheExample() throws IOException {
        Path root = Path.of(System.getProperty("copydeck.root", "..")).toAbsolutePath().normalize();
        Path project = dir.resolve("project");
        Files.createDirectories(project.resolve("shared"));
        Files.copy(root.resolve("examples/shared/aurora-brand.campaign"), project.resolve("shared/aurora-brand.campaign"));
        spec = project.resolve("spring-launch.campaign");
        Files.copy(root.resolve("examples/spring-launch.campaign"), spec);
    }

    /** Gives the example's SMS channel a `template:`. */
    private void smsTemplate(String template) throws IOException {
        String text = Files.readString(spec);
        assertTrue(text.contains("  channel sms {\n"), "the example has an sms channel");
        Files.writeString(spec, text.replace("  channel sms {\n", "  channel sms {\n    template: \"" + template + "\"\n"));
    }

    private static void assertNoInternalError(Run run) {
        assertFalse(run.all().contains("internal error") || run.exit() == 3, run.all());
    }

    @Test
    void anUnclosedBracketInJobIsAUsageErrorNamingTheOption() {
        Run run = cli("prompts", spec.toString(), "--job", "[");
        assertEquals(2, run.exit(), run.all());
        assertTrue(run.err().contains("--job") && run.err().contains("`[` without its `]`"), run.err());
        assertNoInternalError(run);
        Run regenerate = cli("build", spec.toString(), "--dry-run", "--regenerate", "{email.*");
        assertEquals(2, regenerate.exit(), regenerate.all());
        assertTrue(regenerate.err().contains("--regenerate") && regenerate.err().contains("`{` without its `}`"),
                regenerate.err());
    }

    @Test
    void aBacktrackingGlobEndsAtOnce() {
        String glob = "**a".repeat(12) + "**X";
        Run run = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> cli("prompts", spec.toString(), "--job", glob));
        assertEquals(1, run.exit(), run.all());
        assertTrue(run.err().contains("no job matches"), run.err());
        Run some = cli("prompts", spec.toString(), "--job", "**/{subject,preheader}");
        assertEquals(0, some.exit(), some.all());
        assertTrue(some.out().contains("/v1/subject") && some.out().contains("/v1/preheader"), some.out());
    }

    @Test
    void aTemplateOutsideTheSpecsFolderIsACheckErrorNotAnInternalError() throws IOException {
        Files.writeString(dir.resolve("outside.ftl"), "Outside: ${product.name}\nText:");
        smsTemplate("../outside.ftl");
        Run check = cli("check", spec.toString());
        assertEquals(1, check.exit(), check.all());
        assertTrue(check.out().contains("E505") && check.out().contains("leads out of the spec's folder"), check.out());
        Run prompts = cli("prompts", spec.toString());
        assertEquals(1, prompts.exit(), prompts.all());
        assertNoInternalError(prompts);
        Run dryRun = cli("build", spec.toString(), "--dry-run");
        assertEquals(1, dryRun.exit(), dryRun.all());
        assertNoInternalError(dryRun);
    }

    @Test
    void anEmptyTemplatePathOrFileIsACheckError() throws IOException {
        smsTemplate("");
        Run check = cli("check", spec.toString());
        assertEquals(1, check.exit(), check.all());
        assertTrue(check.out().contains("E505") && check.out().contains("is empty"), check.out());

        Files.writeString(spec.resolveSibling("empty.ftl"), "");
        Files.copy(spec, spec.resolveSibling("copy.campaign"));
        Files.writeString(spec, Files.readString(spec).replace("template: \"\"", "template: \"empty.ftl\""));
        Run emptyFile = cli("check", spec.toString());
        assertEquals(1, emptyFile.exit(), emptyFile.all());
        assertTrue(emptyFile.out().contains("E505") && emptyFile.out().contains("empty file"), emptyFile.out());
    }

    @Test
    void aHugePadIsATemplateErrorAtItsLine() throws IOException {
        Files.writeString(spec.resolveSibling("pad.ftl"), "Brief for ${product.name}\n${\"x\"?left_pad(2000000000)}\nText:");
        smsTemplate("pad.ftl");
        assertEquals(0, cli("check", spec.toString()).exit());
        Run prompts = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> cli("prompts", spec.toString(), "--job", "**/sms/**"));
        assertEquals(1, prompts.exit(), prompts.all());
        assertNoInternalError(prompts);
        assertTrue(prompts.err().contains("E504") && prompts.err().contains("would make a string of 2000000000 characters"),
                prompts.err());
        assertTrue(prompts.err().contains("pad.ftl:2"), "the template's file and line: " + prompts.err());
    }
}
