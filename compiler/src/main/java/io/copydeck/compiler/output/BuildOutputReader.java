package io.copydeck.compiler.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.copydeck.compiler.AssetStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads back what {@link io.copydeck.compiler.OutputWriter} writes (docs/outputs.md): manifest.json, then each
 * asset JSON and its rendered files. Nothing else: the copy deck and the cache are not part of the format.
 * The one reader of the format; the publishers and the Eclipse preview use it. It reads only the folder's own
 * plain files, never through a symbolic link (see {@link ReadableFiles}).
 */
public final class BuildOutputReader {
    private static final Set<String> STATUSES = Arrays.stream(AssetStatus.values()).map(AssetStatus::word)
            .collect(Collectors.toUnmodifiableSet());
    private final ObjectMapper json = new ObjectMapper();

    public BuildOutput read(Path dir) throws BuildOutputException {
        Path manifestFile = dir.resolve("manifest.json");
        if (!Files.exists(manifestFile, LinkOption.NOFOLLOW_LINKS)) {
            throw new BuildOutputException(dir + " has no manifest.json: is it a `copydeck build` output folder?");
        }
        ReadableFiles folder = new ReadableFiles(dir);
        JsonNode manifest = parse(folder.file(dir, "manifest.json", null));
        BuiltCampaign campaign = new BuiltCampaign(required(manifest, "campaign", manifestFile),
                text(manifest, "title"), text(manifest, "spec"), text(manifest, "generator"), text(manifest, "model"));
        List<BuiltAsset> assets = new ArrayList<>();
        for (JsonNode entry : manifest.path("assets")) {
            String id = required(entry, "id", manifestFile);
            Path file = folder.file(dir, required(entry, "file", manifestFile), manifestFile);
            BuiltAsset asset = asset(parse(file), file, folder);
            if (!asset.id().equals(id)) {
                throw new BuildOutputException(file + ": id " + asset.id() + " but manifest.json says " + id);
            }
            if (!asset.campaign().equals(campaign.id())) {
                throw new BuildOutputException(file + ": campaign " + asset.campaign() + " but manifest.json says "
                        + campaign.id());
            }
            assets.add(asset);
        }
        return new BuildOutput(dir, campaign, List.copyOf(assets));
    }

    private BuiltAsset asset(JsonNode a, Path file, ReadableFiles folder) throws BuildOutputException {
        String status = required(a, "status", file);
        if (!STATUSES.contains(status)) {
            throw new BuildOutputException(file + ": status " + status + " is not one of " + STATUSES);
        }
        if (!a.path("variant").canConvertToInt()) {
            throw new BuildOutputException(file + ": variant must be a number");
        }
        Map<String, String> files = texts(a.path("files"));
        Map<String, String> rendered = new LinkedHashMap<>();
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path renderedFile = folder.file(folder.dir().resolve("assets"), f.getValue(), file);
            try {
                rendered.put(f.getKey(), ReadableFiles.text(renderedFile));
            } catch (ReadableFiles.TooLarge e) {
                throw new BuildOutputException(file + ": names " + e.getMessage());
            } catch (IOException e) {
                throw new BuildOutputException(file + ": cannot read rendered file " + renderedFile + ": " + e);
            }
        }
        List<BuiltAsset.Check> checks = new ArrayList<>();
        for (JsonNode c : a.path("checks")) {
            checks.add(new BuiltAsset.Check(c.path("rule").asText(), c.path("field").asText(null), c.path("ok").asBoolean(),
                    c.path("message").asText(c.path("rule").asText())));
        }
        return new BuiltAsset(required(a, "id", file), required(a, "campaign", file), required(a, "channel", file),
                required(a, "kind", file), text(a, "audience"), text(a, "product"), a.path("variant").asInt(),
                texts(a.path("fields")), files, Collections.unmodifiableMap(rendered), status, List.copyOf(checks),
                a.path("provenance"), text(a, "error"), text(a, "note"));
    }

    /** A JSON object of texts, in file order. */
    private static Map<String, String> texts(JsonNode object) {
        Map<String, String> m = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            m.put(e.getKey(), e.getValue().asText());
        }
        return Collections.unmodifiableMap(m);
    }

    private JsonNode parse(Path file) throws BuildOutputException {
        try {
            return json.readTree(ReadableFiles.bytes(file));
        } catch (ReadableFiles.TooLarge e) {
            throw new BuildOutputException(e.getMessage());
        } catch (IOException e) {
            throw new BuildOutputException(file + ": not valid JSON: " + e.getMessage());
        }
    }

    private static String required(JsonNode node, String field, Path file) throws BuildOutputException {
        String value = text(node, field);
        if (value == null || value.isEmpty()) {
            throw new BuildOutputException(file + ": missing \"" + field + "\"");
        }
        return value;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
