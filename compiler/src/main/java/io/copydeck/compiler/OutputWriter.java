package io.copydeck.compiler;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.copydeck.dsl.plan.Job;
import io.copydeck.templates.LayoutRenderer.RenderedFile;
import io.copydeck.templates.TemplateEngine;
import io.copydeck.templates.TemplateFailure;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes a build's outputs (see docs/outputs.md): one JSON file and the rendered files per
 * asset, manifest.json, and the copy deck. Every file is written atomically; nothing holds a
 * timestamp, so the same inputs give byte-identical outputs; files of assets that left the
 * plan are removed.
 */
public final class OutputWriter {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path out;
    private final TemplateEngine engine;

    public OutputWriter(Path out, TemplateEngine engine) {
        this.out = out;
        this.engine = engine;
    }

    public void write(BuildInfo info, List<Asset> assets) throws IOException {
        Path dir = out.resolve("assets");
        Files.createDirectories(dir);
        Set<String> written = new HashSet<>();
        List<Map<String, Object>> manifestAssets = new ArrayList<>();
        for (Asset a : assets) {
            Map<String, String> files = new LinkedHashMap<>();
            for (RenderedFile f : a.files()) {
                String name = a.fileStem() + "." + f.extension();
                AtomicFiles.write(dir.resolve(name), f.content().getBytes(StandardCharsets.UTF_8));
                files.put(f.extension(), name);
                written.add(name);
            }
            String json = a.fileStem() + ".json";
            AtomicFiles.write(dir.resolve(json), JSON.writeValueAsBytes(assetJson(info, a, files)));
            written.add(json);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", a.id());
            entry.put("file", "assets/" + json);
            entry.put("status", a.status().word());
            if (a.error() != null) entry.put("error", a.error());
            manifestAssets.add(entry);
        }
        removeStale(dir, written);
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("campaign", info.campaign());
        manifest.put("title", info.title());
        manifest.put("spec", info.spec());
        manifest.put("generator", info.generator());
        manifest.put("model", info.modelChecksum());
        Map<String, Object> counts = new LinkedHashMap<>();
        for (AssetStatus s : AssetStatus.values()) {
            counts.put(s.word(), assets.stream().filter(a -> a.status() == s).count());
        }
        manifest.put("counts", counts);
        manifest.put("assets", manifestAssets);
        AtomicFiles.write(out.resolve("manifest.json"), JSON.writeValueAsBytes(manifest));
        try {
            String deck = engine.render("builtin/deck/index.html.ftlh", CopyDeck.model(info, assets)).text();
            AtomicFiles.write(out.resolve("index.html"), deck.getBytes(StandardCharsets.UTF_8));
        } catch (TemplateFailure f) {
            throw new IOException("the copy deck template failed: " + f.getMessage(), f);
        }
    }

    static Map<String, Object> assetJson(BuildInfo info, Asset a, Map<String, String> files) {
        Job first = a.first();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("campaign", info.campaign());
        m.put("channel", first.channelId().toString());
        m.put("kind", first.kind());
        m.put("audience", first.audience());
        m.put("product", first.offering());
        m.put("variant", first.variant());
        m.put("fields", a.fields());
        m.put("files", files);
        m.put("status", a.status().word());
        if (a.error() != null) m.put("error", a.error());
        if (a.note() != null) m.put("note", a.note());
        m.put("checks", a.checks().stream().map(ConstraintCheck::toMap).toList());
        Map<String, Object> provenance = new LinkedHashMap<>();
        provenance.put("model", info.modelChecksum());
        provenance.put("templates", a.templates());
        provenance.put("seed", first.seed());
        provenance.put("decoding", first.decoding());
        provenance.put("generator", info.generator());
        m.put("provenance", provenance);
        return m;
    }

    private static void removeStale(Path dir, Set<String> keep) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (!keep.contains(name) && name.contains("__") && !name.startsWith(".")) Files.deleteIfExists(f);
            }
        }
    }
}
