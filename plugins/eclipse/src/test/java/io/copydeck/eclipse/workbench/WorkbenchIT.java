package io.copydeck.eclipse.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.copydeck.eclipse.CliLauncher;
import io.copydeck.eclipse.Fixtures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Starts a real Eclipse IDE workbench from the Maven Central bundles with the packaged plugin and a
 * test driver bundle installed, and this checkout's `copydeck` CLI for the plugin to build assets
 * with. The driver (running inside) does the clicking; this test checks what it saw, what the build
 * wrote, the workbench's error log, and keeps the screenshot in docs/.
 */
class WorkbenchIT {
    /** The workbench itself takes about 10 s here; the cold `copydeck build` of spring-launch about 15 s more. */
    private static final long TIMEOUT_SECONDS = 240;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void workbench_builds_and_opens_the_example_with_editor_outline_problems_and_preview() throws Exception {
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

        // The plugin finds the real `copydeck` CLI (this checkout's cli module build) through -Dcopydeck.cli.
        Path cli = CliLauncher.write(home.resolve("bin"));
        Path workspace = home.resolve("workspace");
        Path console = home.resolve("console.log");
        long start = System.nanoTime();
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-Dcopydeck.driver.out=" + out, "-Dcopydeck.examples=" + Fixtures.repoRoot().resolve("examples"),
                "-Dcopydeck.cli=" + cli,
                "-jar", install.launcher.toString(), "-install", home.toString(), "-configuration", install.configuration.toString(),
                "-data", workspace.toString(), "-consoleLog", "-nosplash")
                .redirectErrorStream(true).redirectOutput(console.toFile()).start();
        boolean exited = p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (!exited) {
            p.destroyForcibly().waitFor();
        }
        String consoleText = Files.readString(console);
        System.out.printf("WorkbenchIT: the workbench ran %.1f s%n", (System.nanoTime() - start) / 1e9);
        assertTrue(exited, "the workbench did not close within " + TIMEOUT_SECONDS + " s; console:\n" + tail(consoleText));
        Path seenFile = out.resolve("seen.properties");
        assertTrue(Files.exists(seenFile), "the driver never reported; console:\n" + tail(consoleText));
        Properties seen = new Properties();
        try (InputStream in = Files.newInputStream(seenFile)) {
            seen.load(in);
        }
        assertEquals("ok", seen.getProperty("outcome"), "driver outcome; console:\n" + tail(consoleText));
        assertEquals(0, p.exitValue(), "workbench exit code");

        System.out.println("WorkbenchIT: the builder's asset build of spring-launch (copydeck build, cold) and the"
                + " checks took " + seen.getProperty("assetBuild.seconds") + " s");
        assertEquals("io.copydeck.eclipse.editor.CampaignEditor", seen.getProperty("editor.class"));
        assertTrue(seen.getProperty("annotations").contains("E201"), "the typed mistake is annotated: " + seen);
        assertEquals("RGB {127, 0, 85} bold", seen.getProperty("keyword.style"), "`campaign` is coloured as a keyword");
        assertTrue(seen.getProperty("outline").contains("campaign spring_launch"), "outline: " + seen.getProperty("outline"));
        assertEquals("true", seen.getProperty("problems.view"));
        assertTrue(Integer.parseInt(seen.getProperty("markers.mistakes")) > 5, "builder marks mistakes.campaign: " + seen);
        assertEquals("0", seen.getProperty("markers.autumn"), "the saved example is clean");
        assertEquals("", seen.getProperty("markers.spring"), "spring-launch is clean and its assets were built");

        // Problems-view markers follow the editor's text, unsaved, and the saved file once it closes unsaved.
        assertEquals("E201 (unsaved)", seen.getProperty("liveMarkers.typed"), "a marker for the typed mistake");
        assertEquals("Change to `aurora`", seen.getProperty("liveMarkers.fix"), "its quick fix in the Problems view");
        assertEquals("true", seen.getProperty("liveMarkers.fixedText"), "the fix went into the editor");
        assertEquals(" (unsaved)", seen.getProperty("liveMarkers.fixed"), "the marker goes once the mistake is fixed");
        assertEquals("", seen.getProperty("liveMarkers.closedUnsaved"), "closed unsaved: the saved file's markers");

        // The preview lists the build that `copydeck build` wrote through the plugin's pipeline.
        Path folder = Path.of(seen.getProperty("preview.folder"));
        assertEquals(workspace.resolve("spring-launch/build/copydeck/spring_launch"), folder);
        JsonNode manifest = JSON.readTree(folder.resolve("manifest.json").toFile());
        Set<String> channels = new TreeSet<>();
        manifest.get("assets").forEach(a -> channels.add(a.get("id").asText().split("/")[1]));
        assertEquals("Spring Launch 2027 \u2014 " + manifest.get("assets").size() + " assets in " + channels.size()
                + " channels", seen.getProperty("preview.heading"));
        assertEquals(Set.of("email.welcome", "twitter", "sms", "google_ad"), channels);
        assertEquals(String.valueOf(channels.size()), seen.getProperty("preview.channels"));
        assertTrue(Files.isRegularFile(folder.resolve("index.html")), "the copy deck");
        for (JsonNode a : manifest.get("assets")) {
            assertTrue(Files.isRegularFile(folder.resolve(a.get("file").asText())), a.toString());
            assertTrue(Set.of("generated", "approved").contains(a.get("status").asText()), a.toString());
        }
        assertEquals("true", seen.getProperty("regenerate.changed"), "Regenerate channel wrote fresh sms copy");
        assertEquals("approved", seen.getProperty("approve.status"), "Approve variant");
        JsonNode lock = JSON.readTree(workspace.resolve("spring-launch/copydeck.lock").toFile());
        assertEquals(1, lock.at("/takes/sms").asInt(), "copydeck.lock: " + lock);
        assertTrue(lock.path("approved").has(seen.getProperty("approve.id")), "copydeck.lock: " + lock);
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
