package io.copydeck.eclipse.preview;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A `copydeck build` output folder read back: the manifest and its assets, grouped by channel
 * in manifest order. Reads only manifest.json and assets/*.json, like the publishers.
 */
public record BuildOutput(Path folder, String campaign, String title, Map<String, List<Asset>> byChannel) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public static BuildOutput read(Path folder) throws IOException {
        JsonNode manifest = JSON.readTree(folder.resolve("manifest.json").toFile());
        Map<String, List<Asset>> byChannel = new LinkedHashMap<>();
        for (JsonNode entry : manifest.path("assets")) {
            Asset asset = asset(JSON.readTree(folder.resolve(entry.path("file").asText()).toFile()));
            byChannel.computeIfAbsent(asset.channelKey(), k -> new ArrayList<>()).add(asset);
        }
        byChannel.replaceAll((k, v) -> List.copyOf(v));
        return new BuildOutput(folder, manifest.path("campaign").asText(), manifest.path("title").asText(),
                byChannel);
    }

    public static boolean exists(Path folder) {
        return folder != null && Files.isRegularFile(folder.resolve("manifest.json"));
    }

    public int assetCount() {
        return byChannel.values().stream().mapToInt(List::size).sum();
    }

    private static Asset asset(JsonNode n) {
        Map<String, String> fields = new LinkedHashMap<>();
        n.path("fields").fields().forEachRemaining(e -> fields.put(e.getKey(), e.getValue().asText()));
        List<Asset.Check> checks = new ArrayList<>();
        for (JsonNode c : n.path("checks")) checks.add(new Asset.Check(c.path("rule").asText(), c.path("ok").asBoolean()));
        return new Asset(n.path("id").asText(), n.path("channel").asText(), n.path("kind").asText(),
                n.path("audience").asText(), n.path("product").asText(), n.path("variant").asInt(),
                fields, n.path("status").asText("generated"), List.copyOf(checks),
                n.hasNonNull("error") ? n.get("error").asText() : null);
    }
}
