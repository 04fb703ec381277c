package io.copydeck.compiler;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The manifest.json an earlier build left in an output folder, and the files it says that build
 * wrote: its {@code files} list, or for a manifest from before that list (Copydeck 0.1.0 builds) each
 * asset's JSON and the rendered files that JSON names. A manifest.json Copydeck did not write, or
 * one it cannot read, is refused: taking its folder over is the user's call (`--force`), never a guess.
 */
record PreviousManifest(ObjectNode json, Set<String> files) {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Far above any campaign's manifest (a thousand assets take ~300 KB): a bigger file is no manifest of ours. */
    private static final long MAX_BYTES = 64L << 20;

    PreviousManifest {
        files = Set.copyOf(files);
    }

    /** The folder's manifest, or empty when it has no manifest.json. */
    static Optional<PreviousManifest> read(Path out) throws OutputFolderException {
        Path file = out.resolve(OutputFolder.MANIFEST);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) return Optional.empty();
        OutputFolder.requirePlainFile(file);
        JsonNode json;
        try {
            if (Files.size(file) > MAX_BYTES) throw notOurs(file, "it is larger than any Copydeck manifest");
            json = JSON.readTree(file.toFile());
        } catch (OutputFolderException e) {
            throw e;
        } catch (JsonProcessingException e) {
            // Where, not what: the parser's message quotes the file, which need not be ours to print.
            JsonLocation at = e.getLocation();
            throw notOurs(file, "it is not valid JSON" + (at == null ? "" : " (line " + at.getLineNr() + ", column "
                    + at.getColumnNr() + ")"));
        } catch (IOException e) {
            throw notOurs(file, "it cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        if (json == null || !json.isObject()) throw notOurs(file, "it is not a JSON object");
        if (!json.path("campaign").isTextual() || json.path("campaign").asText().isEmpty()
                || !json.path("generator").asText().startsWith("copydeck") || !json.path("assets").isArray()) {
            throw notOurs(file, "it lacks the \"campaign\", \"generator\": \"copydeck …\" and \"assets\" of a Copydeck manifest");
        }
        Set<String> files = new TreeSet<>();
        for (JsonNode entry : json.path("assets")) files.add(listed(file, entry.path("file")));
        if (json.has("files")) {
            if (!json.path("files").isArray()) throw notOurs(file, "its \"files\" is not a list");
            for (JsonNode name : json.path("files")) files.add(listed(file, name));
        } else {
            files.add(OutputFolder.DECK);
            for (String asset : Set.copyOf(files)) files.addAll(renderedFilesOf(out.resolve(asset)));
        }
        return Optional.of(new PreviousManifest((ObjectNode) json, files));
    }

    /** A name the manifest lists, checked to be one a build writes: index.html or a plain name in assets/. */
    private static String listed(Path manifest, JsonNode name) throws OutputFolderException {
        String text = name.isTextual() ? name.asText() : "";
        boolean ours = text.equals(OutputFolder.DECK)
                || text.startsWith(OutputFolder.ASSETS + "/") && OutputFolder.isPlainName(text.substring(OutputFolder.ASSETS.length() + 1));
        if (!ours) throw notOurs(manifest, "it lists " + name + ", which is no file a build writes (index.html or assets/NAME)");
        return text;
    }

    /**
     * The rendered files an asset JSON of a 0.1.0 build names, as assets/NAME; none when it is gone or
     * unreadable (its files are then the user's, kept and never overwritten without `--force`).
     */
    private static Set<String> renderedFilesOf(Path assetJson) {
        Set<String> names = new TreeSet<>();
        try {
            if (!Files.isRegularFile(assetJson, LinkOption.NOFOLLOW_LINKS) || Files.size(assetJson) > MAX_BYTES) return names;
            JSON.readTree(assetJson.toFile()).path("files").forEach(f -> {
                if (f.isTextual() && OutputFolder.isPlainName(f.asText())) names.add(OutputFolder.ASSETS + "/" + f.asText());
            });
        } catch (IOException e) {
            // Unreadable: it names nothing.
        }
        return names;
    }

    private static OutputFolderException notOurs(Path file, String why) {
        return new OutputFolderException(file + " is not a manifest Copydeck can read: " + why
                + "; a build only writes into a new or empty folder or one an earlier build wrote", true);
    }
}
