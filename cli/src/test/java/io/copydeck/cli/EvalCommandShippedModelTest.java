package io.copydeck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SLOW (a real cold build with the shipped model, and LanguageTool's English rules: about half a minute):
 * `copydeck eval --format json` on one panel spec prints every figure docs/evaluation.md names. It checks
 * the keys and the counts that do not depend on the model, never the model's figures.
 * Skip it with `-Dtest='!EvalCommandShippedModelTest'` or `-DexcludedGroups=slow`.
 */
@Tag("slow")
class EvalCommandShippedModelTest {
    static final Path ROOT = Path.of(System.getProperty("copydeck.root", "..")).toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    void jsonHasEveryFigureOfOnePanelSpec() throws Exception {
        Path spec = ROOT.resolve("examples/panel/04-kinetic-physio.campaign");
        CliTest.Run r = CliTest.run("eval", spec.toString(), "--out", dir.toString(), "--format", "json",
                "--model", ROOT.resolve("models/default").toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        for (String key : List.of("specs", "overall", "thresholds", "ok")) assertTrue(root.has(key), key + " in " + r.out());
        JsonNode f = root.get("specs").get(0);
        for (String key : List.of("spec", "assets", "failed", "seconds", "completions", "cacheHits", "completionsPerAsset",
                "findings", "cta", "words", "distinct2", "named", "inventedNames", "grammar")) {
            assertTrue(f.has(key), key + " in " + f);
        }
        assertEquals("04-kinetic-physio.campaign", f.get("spec").asText());
        assertEquals(6, f.get("assets").asInt(), "the plan's assets, each built");
        assertEquals(0, f.get("cacheHits").asInt(), "a cold build");
        for (String key : List.of("assets", "present", "share")) assertTrue(f.get("cta").has(key), "cta." + key);
        for (String key : List.of("groups", "average")) assertTrue(f.get("distinct2").has(key), "distinct2." + key);
        for (String key : List.of("declaredNamesFindings", "unbackedRuns", "runs")) {
            assertTrue(f.get("inventedNames").has(key), "inventedNames." + key);
        }
        assertTrue(f.get("grammar").has("byRule"), "en-GB is checked by LanguageTool");
        assertTrue(Files.isRegularFile(dir.resolve("back_to_desk/manifest.json")), "built into --out/<campaign>");
    }
}
