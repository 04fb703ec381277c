package io.copydeck.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `copydeck publish --to strapi --campaign FILE` as a user runs it: the real CLI in its own process, in a
 * project folder, the token in the environment. It builds the spec with the shipped model into the folder
 * `copydeck build` would use, then publishes that build as drafts.
 */
class PublishCampaignCliTest {
    private static final Path ROOT = Path.of(System.getProperty("copydeck.root", "..")).toAbsolutePath().normalize();

    @TempDir
    Path project;

    @Test
    void publishCampaignBuildsTheSpecThenPublishesItsOutput() throws Exception {
        TestStrapi strapi = TestStrapi.runningOrSkip();
        Files.createDirectories(project.resolve("shared"));
        Files.copy(ROOT.resolve("examples/shared/northwind-brand.campaign"),
                project.resolve("shared/northwind-brand.campaign"));
        // A campaign id of its own, so other tests' drafts of autumn_tea are not involved.
        Files.writeString(project.resolve("autumn-tea.campaign"),
                Files.readString(ROOT.resolve("examples/autumn-tea.campaign"))
                        .replace("campaign autumn_tea {", "campaign autumn_tea_cli {"));

        ProcessBuilder pb = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dcopydeck.home=" + ROOT,
                "-cp", ROOT.resolve("cli/target/classes") + java.io.File.pathSeparator
                        + Files.readString(ROOT.resolve("cli/target/runtime.classpath")).trim(),
                "io.copydeck.cli.Main", "publish", "--to", "strapi", "--url", strapi.url(),
                "--campaign", "autumn-tea.campaign"))
                .directory(project.toFile()).redirectErrorStream(true);
        pb.environment().put("COPYDECK_STRAPI_TOKEN", strapi.token());
        pb.environment().put("TF_CPP_MIN_LOG_LEVEL", "2");
        Path log = project.resolve("publish.log");
        Process p = pb.redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "copydeck publish --campaign did not finish");
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), output);

        Path out = project.resolve("build/copydeck/autumn_tea_cli");
        assertTrue(Files.exists(out.resolve("manifest.json")), "built where `copydeck build` writes:\n" + output);
        int assets = TestStrapi.assetCount(out);
        assertTrue(output.contains("copydeck publish: " + assets + " assets of autumn_tea_cli"), output);
        assertFalse(output.contains(strapi.token()), "the token is never printed");
        strapi.assertDraftsMatch(out, "autumn_tea_cli");
    }
}
