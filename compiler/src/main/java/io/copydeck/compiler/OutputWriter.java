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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes a build's outputs (see docs/outputs.md): one JSON file and the rendered files per
 * asset, manifest.json, and the copy deck. Every file is written atomically; nothing holds a
 * timestamp, so the same inputs give byte-identical outputs; files of assets that left the
 * plan are removed. What it may write and remove in its folder is {@link OutputFolder}'s call.
 */
public final class OutputWriter {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path out;
    private final Path specFolder;
    private final boolean force;
    private final TemplateEngine engine;

    /**
     * @param specFolder the spec's folder, which is never an output folder (null: none to guard)
     * @param force take over files in {@code out} that no build wrote (see {@link OutputFolder})
     */
    public OutputWriter(Path out, Path specFolder, boolean force, TemplateEngine engine) {
        this.out = out;
        this.specFolder = specFolder;
        this.force = force;
        this.engine = engine;
    }

    public OutputWriter(Path out, TemplateEngine engine) {
        this(out, null, false, engine);
    }

    /**
     * Writes every file, after checking that each may be written (see {@link OutputFolder}): a refusal
     * ({@link OutputFolderException}) comes before the first byte is written.
     */
    public void write(BuildInfo info, List<Asset> assets) throws IOException {
        // Every file's bytes first, under its name in the folder: the copy deck failing, or a file
        // the build may not overwrite, then leaves the folder as it was.
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<Map<String, Object>> manifestAssets = new ArrayList<>();
        for (Asset a : assets) {
            Map<String, String> rendered = new LinkedHashMap<>();
            for (RenderedFile f : a.files()) {
                String name = a.fileStem() + "." + f.extension();
                files.put(OutputFolder.ASSETS + "/" + name, f.content().getBytes(StandardCharsets.UTF_8));
                rendered.put(f.extension(), name);
            }
            String json = OutputFolder.ASSETS + "/" + a.fileStem() + ".json";
            files.put(json, JSON.writeValueAsBytes(assetJson(info, a, rendered)));
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", a.id());
            entry.put("file", json);
            entry.put("status", a.status().word());
            if (a.error() != null) entry.put("error", a.error());
            manifestAssets.add(entry);
        }
        try {
            String deck = engine.render("builtin/deck/index.html.ftlh", CopyDeck.model(info, assets)).text();
            files.put(OutputFolder.DECK, deck.getBytes(StandardCharsets.UTF_8));
        } catch (TemplateFailure f) {
            throw new IOException("the copy deck template failed: " + f.getMessage(), f);
        }
        byte[] manifest = JSON.writeValueAsBytes(manifest(info, assets, manifestAssets, files.keySet()));

        OutputFolder folder = OutputFolder.open(out, specFolder, force);
        folder.claim(files.keySet());
        folder.record(files.keySet(), info);
        Files.createDirectories(folder.assets());
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            if (!f.getKey().equals(OutputFolder.DECK)) AtomicFiles.write(out.resolve(f.getKey()), f.getValue());
        }
        for (Path stale : folder.stale(files.keySet())) Files.deleteIfExists(stale);
        AtomicFiles.write(out.resolve(OutputFolder.MANIFEST), manifest);
        AtomicFiles.write(out.resolve(OutputFolder.DECK), files.get(OutputFolder.DECK));
    }

    /** manifest.json: the build, its counts, every asset, and every file it wrote (what the next build owns). */
    private static Map<String, Object> manifest(BuildInfo info, List<Asset> assets, List<Map<String, Object>> entries,
                                                Set<String> files) {
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
        manifest.put("assets", entries);
        manifest.put("files", new TreeSet<>(files));
        return manifest;
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
}
