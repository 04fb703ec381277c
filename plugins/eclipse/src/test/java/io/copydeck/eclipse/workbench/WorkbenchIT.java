package io.copydeck.eclipse.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.copydeck.eclipse.Fixtures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Starts a real Eclipse IDE workbench from the Maven Central bundles with the packaged plugin and a
 * test driver bundle installed. The driver (running inside) does the clicking; this test checks
 * what it saw, the workbench's error log, and keeps the screenshot in docs/.
 */
class WorkbenchIT {
    private static final long TIMEOUT_SECONDS = 180;

    @Test
    void workbench_opens_the_example_with_editor_outline_problems_and_preview() throws Exception {
        Path target = Path.of(System.getProperty("copydeck.target", "target")).toAbsolutePath();
        Path home = target.resolve("workbench/install");
        deleteTree(home);
        Path out = Files.createDirectories(home.resolve("out"));
        Path driver = target.resolve("workbench/io.copydeck.eclipse.workbenchtest.jar");
        Path testResources = Path.of(WorkbenchIT.class.getResource("/workbench-driver/plugin.xml").toURI()).getParent();
        BundleJars.build(driver, testResources.resolve("META-INF/MANIFEST.MF"), testResources.resolve("plugin.xml"),
                target.resolve("test-classes"), "io/copydeck/eclipse/workbench/driver");
        WorkbenchInstallation install = new WorkbenchInstallation(home);
        install.create(target.resolve("workbench/jars"), List.of(Path.of(System.getProperty("copydeck.plugin.jar")), driver));

        Path fixture = Path.of(WorkbenchIT.class.getResource("/fixtures/autumn/build/copydeck/autumn_tea/manifest.json")
                .toURI()).getParent();
        Path workspace = home.resolve("workspace");
        Path console = home.resolve("console.log");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-Dcopydeck.driver.out=" + out, "-Dcopydeck.examples=" + Fixtures.repoRoot().resolve("examples"),
                "-Dcopydeck.preview.fixture=" + fixture,
                "-jar", install.launcher.toString(), "-install", home.toString(), "-configuration", install.configuration.toString(),
                "-data", workspace.toString(), "-consoleLog", "-nosplash")
                .redirectErrorStream(true).redirectOutput(console.toFile()).start();
        boolean exited = p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (!exited) {
            p.destroyForcibly().waitFor();
        }
        String consoleText = Files.readString(console);
        assertTrue(exited, "the workbench did not close within " + TIMEOUT_SECONDS + " s; console:\n" + tail(consoleText));
        Path seenFile = out.resolve("seen.properties");
        assertTrue(Files.exists(seenFile), "the driver never reported; console:\n" + tail(consoleText));
        Properties seen = new Properties();
        try (InputStream in = Files.newInputStream(seenFile)) {
            seen.load(in);
        }
        assertEquals("ok", seen.getProperty("outcome"), "driver outcome; console:\n" + tail(consoleText));
        assertEquals(0, p.exitValue(), "workbench exit code");

        assertEquals("io.copydeck.eclipse.editor.CampaignEditor", seen.getProperty("editor.class"));
        assertTrue(seen.getProperty("annotations").contains("E201"), "the typed mistake is annotated: " + seen);
        assertEquals("RGB {127, 0, 85} bold", seen.getProperty("keyword.style"), "`campaign` is coloured as a keyword");
        assertTrue(seen.getProperty("outline").contains("campaign autumn_tea"), "outline: " + seen.getProperty("outline"));
        assertEquals("true", seen.getProperty("problems.view"));
        assertTrue(Integer.parseInt(seen.getProperty("markers.mistakes")) > 5, "builder marks mistakes.campaign: " + seen);
        assertEquals("0", seen.getProperty("markers.autumn"), "the saved example is clean");
        assertEquals("Autumn Tea Club 2027 \u2014 7 assets in 4 channels", seen.getProperty("preview.heading"));
        assertEquals("4", seen.getProperty("preview.channels"));
        assertTrue(Integer.parseInt(seen.getProperty("markers.fixable")) > 0, "Problems-view quick fixes: " + seen);
        assertEquals("true", seen.getProperty("marker.fix.applied"), "applying " + seen.getProperty("marker.fix"));
        assertEquals("true", seen.getProperty("wizard.created"), "the new-campaign wizard wrote its file");
        assertEquals("0", seen.getProperty("wizard.errors"), "the starter spec checks clean");
        assertEquals("autumn-tea.campaign -> autumn_tea null; spring-sale.campaign -> spring_sale null",
                seen.getProperty("assetBuild.calls"), "clean specs go to the pipeline, mistakes.campaign does not");
        assertEquals("true", seen.getProperty("assetBuild.refreshed"), "the outputs show in the workspace");
        assertEquals("true", seen.getProperty("command.toggleComment"), "Ctrl+/ command");
        assertEquals("true", seen.getProperty("command.format"), "Ctrl+Shift+F command");
        assertEquals("awareness,consideration,conversion,retention,launch", seen.getProperty("contentAssist"),
                "Ctrl+Space proposals in the workbench editor");
        assertEquals("", seen.getProperty("logErrors"), "error and warning log entries seen by the driver");
        assertEquals(List.of(), errorEntries(workspace.resolve(".metadata/.log")), "error and warning entries in .metadata/.log");

        Path png = Path.of(seen.getProperty("screenshot"));
        assertTrue(Files.size(png) > 20_000, "a screenshot with something on it");
        // The suite makes the screenshot; it refreshes the committed one in docs/ only when asked
        // (-Dcopydeck.updateScreenshots=true), so that a test run never leaves the checkout dirty.
        Path kept = Boolean.getBoolean("copydeck.updateScreenshots")
                ? Fixtures.repoRoot().resolve("docs/eclipse-workbench.png")
                : Path.of(System.getProperty("copydeck.screenshot", "target/eclipse-workbench.png")).toAbsolutePath();
        Files.copy(png, kept, StandardCopyOption.REPLACE_EXISTING);
    }

    /** `!ENTRY <bundle> 4 ...` is an ERROR status in Eclipse's log format, `2` a WARNING: neither is expected. */
    private static List<String> errorEntries(Path log) throws IOException {
        if (!Files.exists(log)) return List.of();
        String text = Files.readString(log);
        return Stream.of(text.split("(?=!ENTRY )")).filter(e -> e.matches("(?s)!ENTRY \\S+ [24] .*"))
                .map(e -> e.length() > 2000 ? e.substring(0, 2000) : e).collect(Collectors.toList());
    }

    private static String tail(String text) {
        return text.length() > 8000 ? text.substring(text.length() - 8000) : text;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
