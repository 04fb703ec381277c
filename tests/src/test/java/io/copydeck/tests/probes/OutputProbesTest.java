package io.copydeck.tests.probes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.copydeck.models.Gpt2Config;
import io.copydeck.models.Gpt2Weights;
import io.copydeck.models.safetensors.DType;
import io.copydeck.tests.probes.InProcessCli.Run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #15, outputs: `copydeck build --out` as a careless or unlucky user points it. The build owns
 * only what its manifest lists: a web project's files stay, a file it did not write is not
 * overwritten without `--force`, no link is followed, and `/`, the home folder, the spec's folder or a
 * file as `--out` are refused with exit 2 and a message, never an internal error. Refusals come before
 * the model is read: these probes pass a model folder that does not exist.
 */
class OutputProbesTest {
    /** One asset, two fields: the smallest build there is. */
    private static final String SPEC = """
            brand harbor {
              name: "Harbor Tea"
            }

            audience walkers {
              description: "People who walk the harbour at dawn"
            }

            product green {
              name: "Green Tea"
              price: 4.50 USD
            }

            campaign tea_probe {
              title: "Tea Probe"
              brand: harbor
              channel push {
                audience: walkers
              }
            }
            """;

    @TempDir
    static Path dir;
    static Path spec;
    static Path noModel;

    @BeforeAll
    static void writeSpec() throws Exception {
        Path project = Files.createDirectories(dir.resolve("project"));
        spec = Files.writeString(project.resolve("tea.campaign"), SPEC);
        noModel = dir.resolve("no-model-here");
    }

    private static Run cli(String... args) {
        return InProcessCli.run(args);
    }

    private static Run build(Path out, Path model, String... extra) {
        List<String> args = new ArrayList<>(List.of("build", spec.toString(), "--out", out.toString(), "--model",
                model.toString(), "--device", "cpu", "--jobs", "2", "--candidates", "1", "--rounds", "1", "--keep-going"));
        args.addAll(List.of(extra));
        return cli(args.toArray(String[]::new));
    }

    /** Refused with exit 2 and a message naming {@code named}, before any model is read. */
    private static Run refused(Path out, String named, String... extra) {
        Run run = build(out, noModel, extra);
        assertEquals(2, run.exit(), run.all());
        assertTrue(run.err().contains(named), run.all());
        assertFalse(run.all().contains("internal error"), run.all());
        assertFalse(run.all().contains("model"), "refused before the model: " + run.all());
        return run;
    }

    private static Path webProject(String name) throws Exception {
        Path site = Files.createDirectories(dir.resolve(name).resolve("assets"));
        Files.writeString(site.resolve("btn__icon.css"), ".btn{}");
        Files.writeString(site.resolve("logo__dark.svg"), "<svg/>");
        return site.getParent();
    }

    @Test
    void aFileAsOutIsAUsageError() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "mine");
        refused(file, "is a file");
        refused(file.resolve("sub"), "is a file");
        assertEquals("mine", Files.readString(file));
    }

    @Test
    void theRootTheHomeFolderAndTheSpecsFolderAreRefused() {
        refused(Path.of("/"), "root of the file system", "--force");
        refused(Path.of(System.getProperty("user.home")), "home folder", "--force");
        refused(spec.getParent(), "spec's own folder", "--force");
        refused(dir, "holds the spec's folder", "--force");
    }

    @Test
    void aForeignIndexHtmlOrManifestIsRefusedAndKept() throws Exception {
        Path site = webProject("site-with-index");
        Files.writeString(site.resolve("index.html"), "<h1>my site</h1>");
        Run run = refused(site, "index.html");
        assertTrue(run.err().contains("--force"), run.err());
        assertEquals("<h1>my site</h1>", Files.readString(site.resolve("index.html")));
        assertFalse(Files.exists(site.resolve("manifest.json")));

        Path app = webProject("app-with-manifest");
        Files.writeString(app.resolve("manifest.json"), "{\"name\": \"my-pwa\", \"start_url\": \"/\"}");
        refused(app, "manifest.json");
        assertTrue(Files.readString(app.resolve("manifest.json")).contains("my-pwa"));
    }

    @Test
    void aDamagedManifestIsRefusedNotTakenOver() throws Exception {
        Path out = Files.createDirectories(dir.resolve("damaged"));
        Files.writeString(out.resolve("manifest.json"), "{\"campaign\": \"tea_probe\", \"genera");
        refused(out, "manifest.json is not a manifest Copydeck can read");
        assertTrue(Files.readString(out.resolve("manifest.json")).endsWith("genera"));
    }

    @Test
    void aSymlinkedAssetsFolderIsRefusedEvenWithForceAndItsTargetUntouched() throws Exception {
        Path target = webProject("real-site").resolve("assets");
        Path out = Files.createDirectories(dir.resolve("linked"));
        Files.createSymbolicLink(out.resolve("assets"), target);
        refused(out, "symbolic link", "--force");
        assertEquals(".btn{}", Files.readString(target.resolve("btn__icon.css")));
        assertEquals("<svg/>", Files.readString(target.resolve("logo__dark.svg")));
    }

    @Test
    void aBuildIntoAWebProjectKeepsItsFilesAndForceTakesOverOnlyWhatTheBuildWrites() throws Exception {
        Path model = dir.resolve("tiny-model");
        // A tiny random model: its copy fails the rules, which --keep-going lists; the files are what matters here.
        Gpt2Weights.random(new Gpt2Config(50257, 512, 64, 2, 4, 1e-5, 50256, 50256), 7).writeFolder(model, DType.F32);
        Path site = webProject("web-project");
        Run first = build(site, model);
        assertEquals(0, first.exit(), first.all());
        Run again = build(site, model);
        assertEquals(0, again.exit(), again.all());
        assertEquals(".btn{}", Files.readString(site.resolve("assets/btn__icon.css")));
        assertEquals("<svg/>", Files.readString(site.resolve("assets/logo__dark.svg")));
        assertTrue(Files.readString(site.resolve("index.html")).contains("Tea Probe"));

        Path other = webProject("web-project-with-index");
        Files.writeString(other.resolve("index.html"), "<h1>my site</h1>");
        Run forced = build(other, model, "--force");
        assertEquals(0, forced.exit(), forced.all());
        assertTrue(Files.readString(other.resolve("index.html")).contains("Tea Probe"));
        assertEquals(".btn{}", Files.readString(other.resolve("assets/btn__icon.css")));
    }
}
