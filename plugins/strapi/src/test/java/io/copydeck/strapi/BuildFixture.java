package io.copydeck.strapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A copy of the hand-written spring-launch build output (src/test/resources/fixtures, made by
 * make_spring_launch.py in the format of docs/outputs.md), under a campaign id of its own so that tests sharing
 * one Strapi do not see each other's drafts. Also "rebuilds" a channel by editing its assets in place.
 */
final class BuildFixture {
    static final String CAMPAIGN = "spring_launch";
    private static final ObjectMapper JSON = new ObjectMapper();
    final Path dir;
    final String campaign;

    private BuildFixture(Path dir, String campaign) {
        this.dir = dir;
        this.campaign = campaign;
    }

    static Path original() {
        try {
            return Path.of(BuildFixture.class.getResource("/fixtures/spring-launch/manifest.json").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The fixture with every "spring_launch" (ids, file names, campaign) renamed to {@code campaign}. */
    static BuildFixture copy(Path into, String campaign) throws IOException {
        Path src = original();
        Files.createDirectories(into.resolve("assets"));
        try (Stream<Path> files = Files.walk(src)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String rel = src.relativize(f).toString().replace(CAMPAIGN, campaign);
                Files.writeString(into.resolve(rel),
                        Files.readString(f, StandardCharsets.UTF_8).replace(CAMPAIGN, campaign));
            }
        }
        return new BuildFixture(into, campaign);
    }

    List<JsonNode> assets() throws IOException {
        List<JsonNode> assets = new ArrayList<>();
        for (JsonNode entry : JSON.readTree(dir.resolve("manifest.json").toFile()).path("assets")) {
            assets.add(JSON.readTree(dir.resolve(entry.path("file").asText()).toFile()));
        }
        return assets;
    }

    String rendered(JsonNode asset, String ext) {
        JsonNode name = asset.path("files").get(ext);
        if (name == null) {
            return null;
        }
        try {
            return Files.readString(dir.resolve("assets").resolve(name.asText()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** As if the channel's copy had been regenerated: new text in every field and rendered file. Returns ids. */
    List<String> rewriteChannel(String channel, String marker) throws IOException {
        List<String> changed = new ArrayList<>();
        for (JsonNode entry : JSON.readTree(dir.resolve("manifest.json").toFile()).path("assets")) {
            Path file = dir.resolve(entry.path("file").asText());
            ObjectNode asset = (ObjectNode) JSON.readTree(file.toFile());
            if (!asset.path("channel").asText().equals(channel)) {
                continue;
            }
            ObjectNode fields = (ObjectNode) asset.path("fields");
            List<String> names = new ArrayList<>();
            fields.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                fields.put(name, fields.path(name).asText() + " " + marker);
            }
            Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(asset));
            for (JsonNode name : asset.path("files")) {
                Path rendered = dir.resolve("assets").resolve(name.asText());
                Files.writeString(rendered, Files.readString(rendered) + marker + "\n");
            }
            changed.add(asset.path("id").asText());
        }
        return changed;
    }

    /** As if the spec no longer had the channel (its key, as in asset ids): its assets leave the manifest and the folder. Returns their ids. */
    List<String> dropChannel(String channel) throws IOException {
        Path manifestFile = dir.resolve("manifest.json");
        ObjectNode manifest = (ObjectNode) JSON.readTree(manifestFile.toFile());
        ArrayNode kept = JSON.createArrayNode();
        List<String> dropped = new ArrayList<>();
        for (JsonNode entry : manifest.path("assets")) {
            Path file = dir.resolve(entry.path("file").asText());
            JsonNode asset = JSON.readTree(file.toFile());
            if (!asset.path("id").asText().split("/")[1].equals(channel)) {
                kept.add(entry);
                continue;
            }
            for (JsonNode name : asset.path("files")) {
                Files.delete(dir.resolve("assets").resolve(name.asText()));
            }
            Files.delete(file);
            dropped.add(asset.path("id").asText());
        }
        manifest.set("assets", kept);
        Files.writeString(manifestFile, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(manifest));
        return dropped;
    }
}
