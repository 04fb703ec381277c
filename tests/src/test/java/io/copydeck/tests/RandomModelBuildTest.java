package io.copydeck.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.copydeck.compiler.BuildPipeline;
import io.copydeck.compiler.BuildProgress;
import io.copydeck.compiler.Gpt2ModelHandle;
import io.copydeck.dsl.check.CheckResult;
import io.copydeck.dsl.check.Checker;
import io.copydeck.dsl.plan.Interpreter;
import io.copydeck.dsl.plan.Job;
import io.copydeck.models.Gpt2Config;
import io.copydeck.models.Gpt2Weights;
import io.copydeck.models.safetensors.DType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline's guarantees hold whatever the model writes: a random GPT-2 writes token salad
 * (random capitalised fragments, mixed-case pieces, invented numbers), and with --keep-going the
 * build still writes every asset, each either meeting every hard constraint or marked failed
 * with the field and the rules its candidates broke. Nothing invalid is ever marked generated.
 */
class RandomModelBuildTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void tokenSaladNeverReachesAnAssetMarkedGenerated() throws Exception {
        Path root = Path.of(System.getProperty("copydeck.root", "..")).toAbsolutePath().normalize();
        Path project = dir.resolve("project");
        Files.createDirectories(project.resolve("shared"));
        Files.copy(root.resolve("examples/shared/northwind-brand.campaign"), project.resolve("shared/northwind-brand.campaign"));
        Path spec = project.resolve("autumn-tea.campaign");
        Files.copy(root.resolve("examples/autumn-tea.campaign"), spec);
        Path model = dir.resolve("model");
        Gpt2Weights.random(new Gpt2Config(50257, 512, 64, 2, 4, 1e-5, 50256, 50256), 7).writeFolder(model, DType.F32);
        Path out = dir.resolve("out");

        CheckResult checked = Checker.check(spec);
        BuildPipeline.Result result = new BuildPipeline(new Gpt2ModelHandle(model, "cpu", 2), BuildProgress.SILENT)
                .build(checked, spec, new BuildPipeline.Options(out, project.resolve(".copydeck/cache"), 2, 1, 16));
        Map<String, List<Job>> jobs = Interpreter.plan(checked.spec()).jobs().stream()
                .collect(Collectors.groupingBy(Job::assetId, TreeMap::new, Collectors.toList()));
        assertTrue(result.modelCalls() > 0);
        JsonNode manifest = JSON.readTree(out.resolve("manifest.json").toFile());
        assertEquals(jobs.size(), manifest.get("assets").size(), "every asset is written, failed or not");
        int failed = 0;
        for (JsonNode entry : manifest.get("assets")) {
            JsonNode asset = JSON.readTree(out.resolve(entry.get("file").asText()).toFile());
            String id = asset.get("id").asText();
            if (asset.get("status").asText().equals("generated")) {
                assertEquals(List.of(), IndependentChecks.violations(asset, out.resolve("assets"), jobs.get(id)), id);
            } else {
                failed++;
                assertEquals("failed", asset.get("status").asText(), id);
                String error = asset.get("error").asText();
                assertTrue(error.startsWith("field `") && error.contains("no candidate met every rule"), id + ": " + error);
            }
        }
        assertEquals(failed, result.failed());
        assertFalse(Files.readString(out.resolve("index.html")).isEmpty());
    }
}
