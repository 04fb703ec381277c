package io.copydeck.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every example (the project's and, when present, the shared contract's) built with the model
 * shipped in models/default and the real engine: every asset is written, none failed, and each
 * meets every hard constraint, checked independently.
 */
class ShippedModelBuildTest {
    static final Path ROOT = Path.of(System.getProperty("copydeck.root", "..")).toAbsolutePath().normalize();
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /**
     * The examples with a clean campaign, but for the evaluation panel; a shared one the project keeps a copy of
     * (spring-launch) is built once.
     */
    static List<Path> examples() throws Exception {
        List<Path> all = new ArrayList<>();
        List<Path> dirs = new ArrayList<>(List.of(ROOT.resolve("examples")));
        Path shared = ROOT.resolve("../shared/spec/examples").normalize();
        if (Files.isDirectory(shared)) dirs.add(shared);
        java.util.Set<String> texts = new java.util.HashSet<>();
        for (Path d : dirs) {
            try (Stream<Path> files = Files.walk(d)) {
                // The evaluation panel (examples/panel) is measured by `copydeck eval`, not held to "none failed".
                for (Path f : files.filter(p -> p.toString().endsWith(".campaign"))
                        .filter(p -> !p.startsWith(ROOT.resolve("examples/panel"))).sorted().toList()) {
                    CheckResult r = Checker.check(f);
                    if (!r.hasErrors() && r.spec().campaign() != null && texts.add(Files.readString(f))) all.add(f);
                }
            }
        }
        return all;
    }

    @TestFactory
    Stream<DynamicTest> everyExampleBuildsWithTheShippedModel() throws Exception {
        Path model = ROOT.resolve("models/default");
        return examples().stream().map(spec -> DynamicTest.dynamicTest(spec.getFileName().toString(), () -> {
            CheckResult checked = Checker.check(spec);
            Path out = dir.resolve(spec.getFileName().toString());
            BuildPipeline.Result result = new BuildPipeline(new Gpt2ModelHandle(model, "cpu", 0), BuildProgress.SILENT)
                    .build(checked, spec, new BuildPipeline.Options(out, dir.resolve("cache"), 4, 3, 16));
            Map<String, List<Job>> jobs = Interpreter.plan(checked.spec()).jobs().stream()
                    .collect(Collectors.groupingBy(Job::assetId, TreeMap::new, Collectors.toList()));
            assertEquals(0, result.failed(), () -> "failed: " + result.assets().stream()
                    .filter(a -> a.error() != null).map(a -> a.id() + ": " + a.error()).toList());
            JsonNode manifest = JSON.readTree(out.resolve("manifest.json").toFile());
            assertEquals(jobs.size(), manifest.get("assets").size());
            for (JsonNode entry : manifest.get("assets")) {
                JsonNode asset = JSON.readTree(out.resolve(entry.get("file").asText()).toFile());
                assertEquals("generated", asset.get("status").asText());
                List<String> bad = IndependentChecks.violations(asset, out.resolve("assets"),
                        jobs.get(asset.get("id").asText()));
                assertEquals(List.of(), bad, asset.get("id").asText());
            }
            assertTrue(result.tokensGenerated() > 0);
            if (spec.getFileName().toString().equals("spring-launch.campaign")) publishToStrapi(out);
        }));
    }

    /** The spring-launch build, published as drafts to the test Strapi and read back field by field. */
    private static void publishToStrapi(Path out) throws Exception {
        if (!Files.exists(ROOT.resolve("tests/strapi-app/.state/strapi.env"))) return; // BuildEndToEndTest says why
        TestStrapi strapi = TestStrapi.runningOrSkip();
        strapi.publish(out);
        strapi.assertDraftsMatch(out, "spring_launch");
    }
}
