package io.copydeck.compiler.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader reads a build output's own plain files only, never through a symbolic link (#15 item 6: a link in
 * assets/ made /etc/shadow an asset body in the CMS). Each refusal names the file and the fix.
 */
class BuildOutputLinksTest {
    private static final String SECRET = "root:$6$secret-hash$:19000:0:99999:7:::";

    @TempDir
    Path tmp;
    private Path out;
    private Path secret;

    /** A one-asset build output as docs/outputs.md describes it, written by hand; and a file outside it. */
    @BeforeEach
    void writeOutput() throws Exception {
        out = Files.createDirectories(tmp.resolve("out"));
        Files.createDirectories(out.resolve("assets"));
        Files.writeString(out.resolve("manifest.json"), "{\"campaign\":\"c\",\"assets\":[{\"id\":\"c/sms/v1\","
                + "\"file\":\"assets/c__sms__v1.json\"}]}");
        Files.writeString(out.resolve("assets/c__sms__v1.json"), "{\"id\":\"c/sms/v1\",\"campaign\":\"c\","
                + "\"channel\":\"sms\",\"kind\":\"sms\",\"variant\":1,\"fields\":{\"text\":\"Hi\"},"
                + "\"files\":{\"txt\":\"c__sms__v1.txt\"},\"status\":\"generated\"}");
        Files.writeString(out.resolve("assets/c__sms__v1.txt"), "Hi\n");
        secret = Files.writeString(tmp.resolve("shadow"), SECRET);
    }

    private BuildOutputException refused() {
        return assertThrows(BuildOutputException.class, () -> new BuildOutputReader().read(out));
    }

    @Test
    void theHandWrittenOutputReads() throws Exception {
        assertEquals("Hi\n", new BuildOutputReader().read(out).assets().get(0).rendered().get("txt"));
    }

    @Test
    void aRenderedFileLargerThanABuildWritesIsRefusedUnread() throws Exception {
        Path rendered = out.resolve("assets/c__sms__v1.txt");
        try (var f = new java.io.RandomAccessFile(rendered.toFile(), "rw")) {
            f.setLength(ReadableFiles.MAX_BYTES + 1L);   // sparse: no disk, the same size to the reader
        }
        BuildOutputException e = refused();
        assertTrue(e.getMessage().contains(rendered + " is larger than 64 MB") && e.getMessage().contains("fresh folder"),
                e.getMessage());
    }

    @Test
    void aRenderedFileThatIsALinkIsRefusedByName() throws Exception {
        Path rendered = out.resolve("assets/c__sms__v1.txt");
        Files.delete(rendered);
        Files.createSymbolicLink(rendered, secret);
        BuildOutputException e = refused();
        assertTrue(e.getMessage().contains(rendered.toString()) && e.getMessage().contains("symbolic link")
                && e.getMessage().contains("replace the link"), e.getMessage());
        assertFalse(e.getMessage().contains("secret-hash"));
    }

    @Test
    void anAssetJsonOrTheManifestThatIsALinkIsRefused() throws Exception {
        Path asset = out.resolve("assets/c__sms__v1.json");
        Path moved = Files.move(asset, tmp.resolve("elsewhere.json"));
        Files.createSymbolicLink(asset, moved);
        assertTrue(refused().getMessage().contains("c__sms__v1.json is a symbolic link"));
        Files.delete(asset);
        Files.move(moved, asset);
        Path manifest = out.resolve("manifest.json");
        Path movedManifest = Files.move(manifest, tmp.resolve("manifest.json"));
        Files.createSymbolicLink(manifest, movedManifest);
        assertTrue(refused().getMessage().contains("manifest.json is a symbolic link"));
    }

    @Test
    void aLinkedFolderOnTheWayIsRefused() throws Exception {
        Path realAssets = Files.move(out.resolve("assets"), tmp.resolve("real-assets"));
        Files.createSymbolicLink(out.resolve("assets"), realAssets);
        BuildOutputException e = refused();
        assertTrue(e.getMessage().contains("outside " + out) && e.getMessage().contains("linked folder"),
                e.getMessage());
    }

    @Test
    void theOutputFolderItselfMayBeALink() throws Exception {
        Path latest = Files.createSymbolicLink(tmp.resolve("latest"), out);
        assertEquals(1, new BuildOutputReader().read(latest).assets().size());
    }
}
