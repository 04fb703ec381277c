package io.copydeck.compiler.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.copydeck.compiler.Asset;
import io.copydeck.compiler.AssetStatus;
import io.copydeck.compiler.BuildInfo;
import io.copydeck.compiler.ConstraintCheck;
import io.copydeck.compiler.OutputWriter;
import io.copydeck.dsl.check.CheckResult;
import io.copydeck.dsl.check.Checker;
import io.copydeck.dsl.plan.Interpreter;
import io.copydeck.dsl.plan.Job;
import io.copydeck.templates.LayoutRenderer.RenderedFile;
import io.copydeck.templates.TemplateEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What OutputWriter writes, BuildOutputReader reads back, field for field: the format has one writer and one reader. */
class BuildOutputRoundTripTest {
    private static final Path ROOT = Path.of(System.getProperty("copydeck.root", ".."));
    private static final BuildInfo INFO = new BuildInfo("spring_launch", "Spring Launch 2027", "spring-launch.campaign",
            BuildInfo.GENERATOR, "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");

    @TempDir
    Path tmp;

    @Test
    void everyFieldOfEveryAssetComesBackAsWritten() throws Exception {
        List<Asset> written = assetsOfTheSpringLaunchPlan();
        Path out = tmp.resolve("out");
        try (TemplateEngine engine = new TemplateEngine(tmp)) {
            new OutputWriter(out, engine).write(INFO, written);
        }

        BuildOutput read = new BuildOutputReader().read(out);

        assertEquals(out, read.folder());
        assertEquals(new BuiltCampaign(INFO.campaign(), INFO.title(), INFO.spec(), INFO.generator(),
                INFO.modelChecksum()), read.campaign());
        assertEquals(written.size(), read.assets().size());
        for (int i = 0; i < written.size(); i++) {
            Asset w = written.get(i);
            BuiltAsset r = read.assets().get(i);
            Job first = w.first();
            assertEquals(w.id(), r.id());
            assertEquals(INFO.campaign(), r.campaign());
            assertEquals(first.channelId().toString(), r.channel());
            assertEquals(first.kind(), r.kind());
            assertEquals(first.audience(), r.audience());
            assertEquals(first.offering(), r.product());
            assertEquals(first.variant(), r.variant());
            assertEquals(w.fields(), r.fields());
            assertEquals(List.copyOf(w.fields().keySet()), List.copyOf(r.fields().keySet()), "field order kept");
            assertEquals(w.status().word(), r.status());
            assertEquals(w.checks().stream().map(c -> new BuiltAsset.Check(c.rule(), c.field(), c.ok(), c.message())).toList(),
                    r.checks());
            assertEquals(w.error(), r.error());
            assertEquals(w.note(), r.note());
            Map<String, String> rendered = new LinkedHashMap<>();
            for (RenderedFile f : w.files()) rendered.put(f.extension(), f.content());
            assertEquals(rendered, r.rendered());
            for (Map.Entry<String, String> f : r.files().entrySet()) {
                assertEquals(w.fileStem() + "." + f.getKey(), f.getValue());
            }
            assertEquals(first.seed(), r.provenance().path("seed").asLong());
            assertEquals(INFO.modelChecksum(), r.provenance().path("model").asText());
            assertEquals(INFO.generator(), r.provenance().path("generator").asText());
            assertEquals(w.templates().keySet(), fieldNames(r.provenance().path("templates")));
            assertEquals(first.channelId().toString(), r.channelKey());
        }
        BuiltAsset approved = read.assets().get(1);
        assertTrue(approved.approved());
        BuiltAsset failed = read.assets().get(2);
        assertTrue(failed.failed());
        assertTrue(failed.fields().isEmpty());
        assertTrue(failed.rendered().isEmpty());
        assertFalse(failed.allChecksPass());
        assertTrue(read.assets().get(0).allChecksPass());
        assertNull(read.assets().get(0).error());

        Map<String, List<BuiltAsset>> byChannel = read.byChannel();
        assertEquals(written.stream().map(a -> a.first().channelId().toString()).distinct().toList(),
                List.copyOf(byChannel.keySet()), "channels in manifest order");
        assertEquals(written.size(), byChannel.values().stream().mapToInt(List::size).sum());
        assertTrue(BuildOutput.exists(out));
    }

    @Test
    void aManifestCannotPointOutsideTheFolder() throws Exception {
        Path out = tmp.resolve("out");
        try (TemplateEngine engine = new TemplateEngine(tmp)) {
            new OutputWriter(out, engine).write(INFO, assetsOfTheSpringLaunchPlan().subList(0, 2));
        }
        Path manifest = out.resolve("manifest.json");
        Files.writeString(manifest, Files.readString(manifest).replaceFirst("\"file\" : \"assets/[^\"]+\"",
                "\"file\" : \"../../etc/passwd\""));
        BuildOutputException e = assertThrows(BuildOutputException.class, () -> new BuildOutputReader().read(out));
        assertTrue(e.getMessage().contains("not a file in"), e.getMessage());
    }

    @Test
    void aFolderWithoutManifestSaysWhatItExpected() {
        assertFalse(BuildOutput.exists(tmp));
        BuildOutputException e = assertThrows(BuildOutputException.class, () -> new BuildOutputReader().read(tmp));
        assertTrue(e.getMessage().contains("copydeck build"), e.getMessage());
    }

    /** One asset per asset of the example's plan, with made-up text: the first generated, then approved, then failed. */
    private static List<Asset> assetsOfTheSpringLaunchPlan() throws Exception {
        CheckResult checked = Checker.check(ROOT.resolve("examples/spring-launch.campaign"));
        assertFalse(checked.hasErrors(), "the example checks clean");
        Map<String, List<Job>> byAsset = new LinkedHashMap<>();
        for (Job j : Interpreter.plan(checked.spec()).jobs()) {
            byAsset.computeIfAbsent(j.assetId(), k -> new ArrayList<>()).add(j);
        }
        List<Asset> assets = new ArrayList<>();
        for (Map.Entry<String, List<Job>> e : byAsset.entrySet()) {
            int n = assets.size();
            AssetStatus status = n == 1 ? AssetStatus.APPROVED : n == 2 ? AssetStatus.FAILED : AssetStatus.GENERATED;
            Map<String, String> fields = new LinkedHashMap<>();
            List<ConstraintCheck> checks = new ArrayList<>();
            for (Job j : e.getValue()) {
                String field = j.field().name();
                if (status != AssetStatus.FAILED) fields.put(field, "Text of " + field + " — é “quoted” " + n);
                checks.add(new ConstraintCheck("length", field, field + " within limit", status != AssetStatus.FAILED,
                        true, List.of()));
            }
            List<RenderedFile> files = status == AssetStatus.FAILED ? List.of()
                    : List.of(new RenderedFile("txt", "plain " + n + "\n", "builtin/layouts/x.txt.ftl"),
                            new RenderedFile("html", "<p>html " + n + "</p>\n", "builtin/layouts/x.html.ftlh"));
            assets.add(new Asset(e.getKey(), e.getValue(), fields, status, checks, files,
                    Map.of("builtin/prompts/x.ftl", "abc" + n),
                    status == AssetStatus.FAILED ? "no candidate met the headline limit" : null,
                    n == 3 ? "kept a candidate over the soft limit" : null));
        }
        assertTrue(assets.size() > 3 && byAsset.values().stream().map(j -> j.get(0).channelId()).distinct().count() > 1,
                "the example has several assets in several channels");
        return assets;
    }

    private static java.util.Set<String> fieldNames(com.fasterxml.jackson.databind.JsonNode node) {
        java.util.Set<String> names = new java.util.TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
