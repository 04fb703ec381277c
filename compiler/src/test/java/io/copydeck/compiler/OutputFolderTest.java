package io.copydeck.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build owns only what its manifest lists (docs/outputs.md, "What a build owns"): it never deletes
 * or overwrites a file no build wrote, never goes through a link, and refuses folders that are not its own.
 */
class OutputFolderTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<Asset> ASSETS = Stages.springAssets();

    @TempDir
    Path tmp;

    private static void write(Path out, List<Asset> assets, boolean force) throws IOException {
        new OutputWriter(out, null, force, Stages.ENGINE).write(CopyDeckTest.INFO, assets);
    }

    private static OutputFolderException refused(Path out, boolean force) {
        return assertThrows(OutputFolderException.class, () -> write(out, ASSETS, force));
    }

    /** Every file under a folder, by relative path, with its text. */
    private static Map<String, String> tree(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) files.put(dir.relativize(p).toString(), Files.readString(p));
        }
        return files;
    }

    private Path webProject() throws IOException {
        Path out = tmp.resolve("site");
        Files.createDirectories(out.resolve("assets"));
        Files.writeString(out.resolve("assets/btn__icon.css"), ".btn{}");
        Files.writeString(out.resolve("assets/logo__dark.svg"), "<svg/>");
        return out;
    }

    @Test
    void filesWithDoubleUnderscoresThatNoBuildWroteAreKept() throws Exception {
        Path out = webProject();
        write(out, ASSETS, false);
        write(out, ASSETS.subList(0, 2), false);
        assertEquals(".btn{}", Files.readString(out.resolve("assets/btn__icon.css")));
        assertEquals("<svg/>", Files.readString(out.resolve("assets/logo__dark.svg")));
        assertFalse(Files.exists(out.resolve("assets/" + ASSETS.get(3).fileStem() + ".json")), "the build's own stale file goes");
    }

    @Test
    void aFileTheManifestListedIsRemovedWhenItsAssetLeavesThePlan() throws Exception {
        Path out = tmp.resolve("out");
        write(out, ASSETS, false);
        Asset gone = ASSETS.get(0);
        JsonNode files = JSON.readTree(out.resolve("manifest.json").toFile()).path("files");
        assertTrue(files.toString().contains("assets/" + gone.fileStem() + ".html"), files.toString());
        assertTrue(files.toString().contains("\"index.html\""), files.toString());
        write(out, ASSETS.subList(1, ASSETS.size()), false);
        try (Stream<Path> left = Files.list(out.resolve("assets"))) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().startsWith(gone.fileStem())));
        }
    }

    @Test
    void aBuildOfCopydeck010WhoseManifestListsNoFilesIsStillOwned() throws Exception {
        Path out = tmp.resolve("out");
        write(out, ASSETS, false);
        ObjectNode manifest = (ObjectNode) JSON.readTree(out.resolve("manifest.json").toFile());
        manifest.remove("files");
        Files.write(out.resolve("manifest.json"), JSON.writeValueAsBytes(manifest));
        Asset gone = ASSETS.get(0);
        write(out, ASSETS.subList(1, ASSETS.size()), false);
        assertFalse(Files.exists(out.resolve("assets/" + gone.fileStem() + ".html")), "its rendered file was listed in its JSON");
    }

    @Test
    void aForeignIndexHtmlIsRefusedAndTheFolderLeftAsItWas() throws Exception {
        Path out = webProject();
        Files.writeString(out.resolve("index.html"), "<h1>my site</h1>");
        Map<String, String> before = tree(out);
        OutputFolderException e = refused(out, false);
        assertTrue(e.forcible());
        assertTrue(e.getMessage().contains(out.resolve("index.html").toString()), e.getMessage());
        assertTrue(e.withFix("--out", "--force").contains("--force"), e.withFix("--out", "--force"));
        assertEquals(before, tree(out));
    }

    @Test
    void aForeignFileWithAnAssetsNameIsRefused() throws Exception {
        Path out = webProject();
        Path clash = out.resolve("assets/" + ASSETS.get(0).fileStem() + ".html");
        Files.writeString(clash, "mine");
        assertTrue(refused(out, false).getMessage().contains(clash.toString()));
        assertEquals("mine", Files.readString(clash));
        assertFalse(Files.exists(out.resolve("manifest.json")));
    }

    @Test
    void aManifestCopydeckDidNotWriteOrCannotReadIsRefused() throws Exception {
        Path out = tmp.resolve("out");
        Files.createDirectories(out);
        for (String manifest : List.of("{\"name\": \"my-web-app\", \"version\": \"1.0.0\"}", "{\"campaign\": \"spr",
                "null", "", "{\"campaign\":\"c\",\"generator\":\"copydeck 0.1.0\",\"assets\":[{\"file\":\"../../etc/passwd\"}]}",
                "{\"campaign\":\"c\",\"generator\":\"copydeck 0.1.0\",\"assets\":[],\"files\":[\"assets/../../x\"]}")) {
            Files.writeString(out.resolve("manifest.json"), manifest);
            OutputFolderException e = refused(out, false);
            assertTrue(e.getMessage().contains("manifest.json is not a manifest Copydeck can read"), e.getMessage());
            assertFalse(e.getMessage().contains("spr"), "the file's text is not echoed: " + e.getMessage());
            assertEquals(manifest, Files.readString(out.resolve("manifest.json")));
        }
    }

    @Test
    void forceTakesOverForeignFilesButStillKeepsTheOnesItDoesNotWrite() throws Exception {
        Path out = webProject();
        Files.writeString(out.resolve("index.html"), "<h1>my site</h1>");
        Files.writeString(out.resolve("manifest.json"), "{ broken");
        write(out, ASSETS, true);
        assertTrue(Files.readString(out.resolve("index.html")).contains("Spring Launch 2027"));
        assertEquals("spring", JSON.readTree(out.resolve("manifest.json").toFile()).path("campaign").asText());
        assertEquals(".btn{}", Files.readString(out.resolve("assets/btn__icon.css")));
        write(out, ASSETS, false);   // from now on the folder is the build's own
    }

    @Test
    void aSymlinkedAssetsFolderIsRefusedAndItsTargetUntouched() throws Exception {
        Path elsewhere = tmp.resolve("elsewhere");
        Files.createDirectories(elsewhere);
        Files.writeString(elsewhere.resolve("btn__icon.css"), ".btn{}");
        Files.writeString(elsewhere.resolve(ASSETS.get(0).fileStem() + ".json"), "mine");
        Path out = tmp.resolve("out");
        Files.createDirectories(out);
        Files.createSymbolicLink(out.resolve("assets"), elsewhere);
        Map<String, String> before = tree(elsewhere);
        for (boolean force : List.of(false, true)) {
            OutputFolderException e = refused(out, force);
            assertFalse(e.forcible());
            assertTrue(e.getMessage().contains("symbolic link"), e.getMessage());
        }
        assertEquals(before, tree(elsewhere));
        assertFalse(Files.exists(out.resolve("manifest.json")));
    }

    /** A built folder whose first asset's .txt file was replaced by a link to a file outside it. */
    private Path builtWithALinkTo(Path target) throws IOException {
        Path out = tmp.resolve("out");
        write(out, ASSETS, false);
        Path link = out.resolve("assets/" + ASSETS.get(0).fileStem() + ".txt");
        Files.delete(link);
        Files.createSymbolicLink(link, target);
        return link;
    }

    @Test
    void aSymlinkAmongTheOutputsIsRefusedAndItsTargetUntouched() throws Exception {
        Path target = Files.writeString(tmp.resolve("precious.txt"), "precious");
        Path link = builtWithALinkTo(target);
        Path out = tmp.resolve("out");
        for (boolean force : List.of(false, true)) assertTrue(refused(out, force).getMessage().contains(link.toString()));
        Files.delete(out.resolve("index.html"));
        Files.createSymbolicLink(out.resolve("index.html"), target);
        assertTrue(refused(out, true).getMessage().contains("symbolic link"));
        assertEquals("precious", Files.readString(target));
    }

    @Test
    void aStaleListedFileThatBecameALinkIsNotFollowed() throws Exception {
        Path target = Files.writeString(tmp.resolve("precious.txt"), "precious");
        Path link = builtWithALinkTo(target);
        write(tmp.resolve("out"), ASSETS.subList(1, ASSETS.size()), false);
        assertEquals("precious", Files.readString(target));
        assertTrue(Files.isSymbolicLink(link), "a link is no file the build wrote: it stays");
    }

    @Test
    void theRootTheHomeFolderAndTheSpecsFolderAreRefused() throws Exception {
        Path spec = Files.createDirectories(tmp.resolve("project/campaigns"));
        Path home = Path.of(System.getProperty("user.home"));
        for (Path out : List.of(Path.of("/"), home, spec, spec.getParent())) {
            OutputFolderException e = assertThrows(OutputFolderException.class, () -> OutputFolder.open(out, spec, true),
                    out.toString());
            assertFalse(e.forcible(), e.getMessage());
            assertTrue(e.withFix("--out", "--force").endsWith("; choose another --out"), e.getMessage());
        }
        if (home.getParent() != null) assertThrows(OutputFolderException.class, () -> OutputFolder.open(home.getParent(), null, false));
        OutputFolder.open(spec.resolve("out"), spec, false);
        OutputFolder.open(tmp.resolve("out"), spec, false);
    }

    @Test
    void aFileIsNoOutputFolder() throws Exception {
        Path file = Files.writeString(tmp.resolve("notes.txt"), "mine");
        for (Path out : List.of(file, file.resolve("sub"))) {
            OutputFolderException e = assertThrows(OutputFolderException.class, () -> write(out, ASSETS, true));
            assertTrue(e.getMessage().contains("is a file"), e.getMessage());
        }
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(out.resolve("assets"), "mine");
        assertTrue(refused(out, true).getMessage().contains("assets is a file"));
        assertEquals("mine", Files.readString(file));
    }

    @Test
    void aBuildCutShortLeavesOnlyFilesItsManifestLists() throws Exception {
        Path out = tmp.resolve("out");
        String json = "assets/" + ASSETS.get(0).fileStem() + ".json";
        OutputFolder.open(out, null, false).record(List.of(json, "index.html"), CopyDeckTest.INFO);
        // The build died here, having written one asset.
        Files.createDirectories(out.resolve("assets"));
        Files.writeString(out.resolve(json), "{}");
        write(out, ASSETS, false);
        assertEquals(ASSETS.get(0).id(), JSON.readTree(out.resolve(json).toFile()).path("id").asText());
    }
}
