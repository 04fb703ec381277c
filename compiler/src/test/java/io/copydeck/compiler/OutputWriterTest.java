package io.copydeck.compiler;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a build writes, from finished assets: asset JSON, rendered files, the manifest and the copy deck. */
class OutputWriterTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<Asset> ASSETS = Stages.springAssets();

    @TempDir
    Path tmp;

    private static void write(Path out, List<Asset> assets) throws IOException {
        new OutputWriter(out, Stages.ENGINE).write(CopyDeckTest.INFO, assets);
    }

    /** Every file under a folder, by relative path, with its bytes. */
    private static Map<String, byte[]> tree(Path dir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) files.put(dir.relativize(p).toString(), Files.readAllBytes(p));
        }
        return files;
    }

    private static Asset asset(AssetStatus status) {
        return ASSETS.stream().filter(a -> a.status() == status).findFirst().orElseThrow();
    }

    private static List<String> assetFiles(Path out) throws IOException {
        try (Stream<Path> files = Files.list(out.resolve("assets"))) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** A JSON object's field names, or an array's elements, as a list. */
    private static <T> List<T> iterate(Iterator<T> items) {
        List<T> list = new ArrayList<>();
        items.forEachRemaining(list::add);
        return list;
    }

    @Test
    void writesEachAssetsJsonAndRenderedFilesTheManifestAndTheDeck() throws Exception {
        Path out = tmp.resolve("out");
        write(out, ASSETS);
        assertTrue(Files.isRegularFile(out.resolve("manifest.json")));
        assertTrue(Files.readString(out.resolve("index.html")).contains("Spring Launch 2027"));

        Asset email = ASSETS.get(0);
        assertEquals(AssetStatus.GENERATED, email.status());
        assertEquals("spring__email.welcome__commuters__cold_brew__v1", email.fileStem());
        for (var f : email.files()) {
            assertEquals(f.content(), Files.readString(out.resolve("assets/" + email.fileStem() + "." + f.extension())));
        }
        JsonNode json = JSON.readTree(out.resolve("assets/" + email.fileStem() + ".json").toFile());
        assertEquals(email.id(), json.path("id").asText());
        assertEquals("email.welcome", json.path("channel").asText());
        assertEquals("generated", json.path("status").asText());
        assertEquals(Stages.EMAIL.get("subject"), json.path("fields").path("subject").asText());
        assertEquals(email.fileStem() + ".html", json.path("files").path("html").asText());
        assertEquals(email.fileStem() + ".txt", json.path("files").path("txt").asText());
        assertEquals(email.checks().size(), json.path("checks").size());
        assertEquals(email.first().seed(), json.path("provenance").path("seed").asLong());
        assertFalse(json.has("error"));

        JsonNode sms = JSON.readTree(out.resolve("assets/spring__sms__commuters__cold_brew__v1.json").toFile());
        assertEquals("sms", sms.path("channel").asText());
        assertEquals(List.of("txt"), iterate(sms.path("files").fieldNames()));
    }

    @Test
    void theSameAssetsTwiceGiveTheSameBytes() throws Exception {
        Path first = tmp.resolve("first");
        Path second = tmp.resolve("second");
        write(first, ASSETS);
        write(second, Stages.springAssets());
        Map<String, byte[]> a = tree(first);
        Map<String, byte[]> b = tree(second);
        assertEquals(a.keySet(), b.keySet());
        a.forEach((name, bytes) -> assertArrayEquals(bytes, b.get(name), name));
        // Written again over itself: nothing changes.
        write(first, ASSETS);
        Map<String, byte[]> again = tree(first);
        a.forEach((name, bytes) -> assertArrayEquals(bytes, again.get(name), name));
    }

    @Test
    void aFailedAssetHasItsJsonWithTheErrorAndChecksAndNoRenderedFiles() throws Exception {
        Path out = tmp.resolve("out");
        write(out, ASSETS);
        Asset failed = asset(AssetStatus.FAILED);
        JsonNode json = JSON.readTree(out.resolve("assets/" + failed.fileStem() + ".json").toFile());
        assertEquals("failed", json.path("status").asText());
        assertEquals(failed.error(), json.path("error").asText());
        assertTrue(json.path("error").asText().contains("cheap"));
        assertEquals(0, json.path("files").size());
        assertEquals(0, json.path("fields").size());
        List<JsonNode> broken = iterate(json.path("checks").elements()).stream().filter(c -> !c.path("ok").asBoolean()).toList();
        assertEquals(List.of("avoided-phrase", "nothing-sent-avoided"), broken.stream().map(c -> c.path("rule").asText()).toList());
        assertEquals("body", broken.get(0).path("field").asText());
        assertFalse(broken.get(1).has("field"), "a rule of the whole asset has no field");
        assertTrue(broken.get(0).path("message").asText().contains("cheap"));
        assertEquals(List.of(failed.fileStem() + ".json"),
                assetFiles(out).stream().filter(n -> n.startsWith(failed.fileStem())).toList());
    }

    @Test
    void theManifestCountsEachStatusAndListsEveryAsset() throws Exception {
        Path out = tmp.resolve("out");
        write(out, ASSETS);
        JsonNode manifest = JSON.readTree(out.resolve("manifest.json").toFile());
        assertEquals("spring", manifest.path("campaign").asText());
        assertEquals(CopyDeckTest.INFO.modelChecksum(), manifest.path("model").asText());
        JsonNode counts = manifest.path("counts");
        assertEquals(List.of("generated", "approved", "failed"), iterate(counts.fieldNames()));
        assertEquals(3, counts.path("generated").asInt());
        assertEquals(1, counts.path("approved").asInt());
        assertEquals(1, counts.path("failed").asInt());
        List<JsonNode> listed = iterate(manifest.path("assets").elements());
        assertEquals(ASSETS.stream().map(Asset::id).toList(), listed.stream().map(a -> a.path("id").asText()).toList());
        for (JsonNode a : listed) {
            assertTrue(Files.isRegularFile(out.resolve(a.path("file").asText())), a.toString());
            assertEquals(a.path("status").asText().equals("failed"), a.has("error"), a.toString());
        }
    }

    @Test
    void filesOfAnAssetThatLeftThePlanAreRemovedAndAUsersOwnFilesAreKept() throws Exception {
        Path out = tmp.resolve("out");
        write(out, ASSETS);
        Path assets = out.resolve("assets");
        Files.writeString(assets.resolve("notes.txt"), "mine");
        Files.writeString(assets.resolve(".hidden__file"), "mine too");
        Asset gone = ASSETS.get(1);
        assertTrue(Files.exists(assets.resolve(gone.fileStem() + ".html")));

        List<Asset> fewer = ASSETS.stream().filter(a -> a != gone).toList();
        write(out, fewer);
        List<String> left = assetFiles(out);
        assertTrue(left.stream().noneMatch(n -> n.startsWith(gone.fileStem())), left.toString());
        assertTrue(left.contains("notes.txt") && left.contains(".hidden__file"), left.toString());
        for (Asset a : fewer) assertTrue(left.contains(a.fileStem() + ".json"), a.id());
        assertEquals(fewer.size(), JSON.readTree(out.resolve("manifest.json").toFile()).path("assets").size());
        assertFalse(Files.readString(out.resolve("index.html")).contains(gone.id()), "nor is it in the deck");
    }
}
