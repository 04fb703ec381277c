package io.copydeck.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.copydeck.compiler.AssetStatus;
import io.copydeck.compiler.BuildPipeline;
import io.copydeck.compiler.BuildProgress;
import io.copydeck.compiler.Gpt2ModelHandle;
import io.copydeck.compiler.Lockfile;
import io.copydeck.dsl.check.CheckResult;
import io.copydeck.dsl.check.Checker;
import io.copydeck.dsl.plan.Interpreter;
import io.copydeck.dsl.plan.Job;
import io.copydeck.dsl.plan.Plan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole build with the real DJL/TensorFlow engine and the shipped model: constraints met,
 * zero model calls on a rebuild, byte-identical outputs, only an edited channel regenerated,
 * approvals kept, an interrupted build resumed. {@link RandomModelBuildTest} feeds the pipeline
 * token salad from a random GPT-2 instead.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BuildEndToEndTest {
    @TempDir
    static Path dir;
    static Path spec;
    static Path model;
    static Path out;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void setUp() throws Exception {
        Path root = Path.of(System.getProperty("copydeck.root", "..")).toAbsolutePath().normalize();
        Path project = dir.resolve("project");
        Files.createDirectories(project.resolve("shared"));
        Files.copy(root.resolve("examples/shared/northwind-brand.campaign"), project.resolve("shared/northwind-brand.campaign"));
        spec = project.resolve("autumn-tea.campaign");
        Files.copy(root.resolve("examples/autumn-tea.campaign"), spec);
        model = root.resolve("models/default");
        out = dir.resolve("out");
    }

    static BuildPipeline.Result build() throws Exception {
        CheckResult checked = Checker.check(spec);
        assertFalse(checked.hasErrors(), checked.diagnostics().toString());
        return new BuildPipeline(new Gpt2ModelHandle(model, "cpu", 2), BuildProgress.SILENT).build(checked, spec,
                new BuildPipeline.Options(out, project().resolve(".copydeck/cache"), 2, 1, 16));
    }

    static Path project() {
        return spec.getParent();
    }

    static Map<String, String> hashes() throws Exception {
        return OutputHashes.of(out);
    }

    static Map<String, List<Job>> jobsByAsset() throws Exception {
        Plan plan = Interpreter.plan(Checker.check(spec).spec());
        return plan.jobs().stream().collect(Collectors.groupingBy(Job::assetId, TreeMap::new, Collectors.toList()));
    }

    @Test
    @Order(1)
    void everyWrittenAssetMeetsEveryHardConstraint() throws Exception {
        BuildPipeline.Result result = build();
        Map<String, List<Job>> jobs = jobsByAsset();
        assertEquals(jobs.size(), result.assets().size());
        assertTrue(result.modelCalls() > 0);
        JsonNode manifest = JSON.readTree(out.resolve("manifest.json").toFile());
        assertEquals(jobs.size(), manifest.get("assets").size());
        int generated = 0;
        for (JsonNode entry : manifest.get("assets")) {
            JsonNode asset = JSON.readTree(out.resolve(entry.get("file").asText()).toFile());
            if (!asset.get("status").asText().equals("generated")) continue;
            generated++;
            List<String> bad = IndependentChecks.violations(asset, out.resolve("assets"), jobs.get(asset.get("id").asText()));
            assertEquals(List.of(), bad, asset.get("id").asText());
            assertEquals(64, asset.at("/provenance/model").asText().length());
            assertFalse(asset.at("/provenance/templates").isEmpty());
        }
        assertTrue(generated > jobs.size() / 2, "most assets generate with two candidates and one round: " + generated);
        assertTrue(Files.readString(out.resolve("index.html")).contains("data-asset-id="));
    }

    @Test
    @Order(2)
    void aRebuildWithNothingChangedMakesNoModelCallsAndIdenticalBytes() throws Exception {
        Map<String, String> before = hashes();
        BuildPipeline.Result again = build();
        assertEquals(0, again.modelCalls());
        assertEquals(again.completions(), again.cacheHits());
        assertEquals(before, hashes());
    }

    @Test
    @Order(3)
    void editingOneChannelRegeneratesOnlyThatChannel() throws Exception {
        Map<String, String> before = hashes();
        Files.writeString(spec, Files.readString(spec).replace("tone: calm, professional", "tone: bold, professional"));
        BuildPipeline.Result result = build();
        long linkedinJobs = jobsByAsset().entrySet().stream().filter(e -> e.getKey().contains("/linkedin/"))
                .mapToLong(e -> e.getValue().size()).sum();
        // Two candidates per field and round: linkedin's first round, and at most its rescue round.
        int generated = result.completions() - result.cacheHits();
        assertTrue(generated % 2 == 0 && generated >= linkedinJobs * 2 && generated <= linkedinJobs * 2 * 2,
                "only linkedin's candidates: " + generated + " for " + linkedinJobs + " fields");
        Map<String, String> after = hashes();
        before.forEach((file, hash) -> {
            if (file.startsWith("assets/") && !file.contains("__linkedin__")) assertEquals(hash, after.get(file), file);
        });
    }

    @Test
    @Order(6)
    void anInterruptedBuildResumesFromTheCacheAndLosesNothing() throws Exception {
        Files.writeString(spec, Files.readString(spec).replace("limits { intro: 80 words }", "tone: calm\n    limits { intro: 80 words }"));
        io.copydeck.compiler.ModelHandle real = new Gpt2ModelHandle(model, "cpu", 2);
        // Failure injection: the model dies after its first batch, as a Ctrl-C or a crash would stop it.
        io.copydeck.compiler.ModelHandle dying = new io.copydeck.compiler.ModelHandle() {
            public String checksum() { return real.checksum(); }
            public String name() { return real.name(); }
            public int countTokens(String text) { return real.countTokens(text); }
            public int contextTokens() { return real.contextTokens(); }
            public io.copydeck.compiler.CompletionSource open() {
                io.copydeck.compiler.CompletionSource source = real.open();
                return new io.copydeck.compiler.CompletionSource() {
                    int calls;
                    public String modelChecksum() { return source.modelChecksum(); }
                    public String describe() { return source.describe(); }
                    public List<io.copydeck.compiler.RawCompletion> complete(List<io.copydeck.compiler.CompletionRequest> r) {
                        if (calls++ == 1) throw new IllegalStateException("killed");
                        return source.complete(r);
                    }
                    public void close() { source.close(); }
                };
            }
        };
        CheckResult checked = Checker.check(spec);
        var options = new BuildPipeline.Options(out, project().resolve(".copydeck/cache"), 2, 1, 2);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> new BuildPipeline(dying, BuildProgress.SILENT).build(checked, spec, options));
        BuildPipeline.Result resumed = new BuildPipeline(real, BuildProgress.SILENT).build(checked, spec, options);
        List<Job> blog = jobsByAsset().entrySet().stream().filter(e -> e.getKey().contains("/blog_post/"))
                .flatMap(e -> e.getValue().stream()).toList();
        long blogJobs = blog.size();
        long parts = blog.stream().filter(j -> j.field().isPart()).count();
        // Two candidates per field and round, one per part (a section, the close); a job none of whose
        // candidates passes gets a rescue round of two more. Either way the first batch (2 completions)
        // comes from the interrupted run's cache.
        long firstRound = 2 * (blogJobs - parts) + parts;
        long generated = resumed.completions() - resumed.cacheHits();
        assertTrue(generated >= firstRound - 2 && generated <= firstRound + 2 * blogJobs - 2,
                "the first batch (2 completions) was kept from the interrupted run: " + generated + " generated for "
                        + blogJobs + " blog jobs (" + parts + " parts), " + resumed.cacheHits() + " from the cache");
        assertEquals(jobsByAsset().size(), JSON.readTree(out.resolve("manifest.json").toFile()).get("assets").size());
    }

    @Test
    @Order(7)
    void theRealBuildPublishesToStrapiAsDraftsAndRepublishesNothing() throws Exception {
        TestStrapi strapi = TestStrapi.runningOrSkip();
        strapi.publish(out);
        strapi.assertDraftsMatch(out, "autumn_tea");
        int assets = JSON.readTree(out.resolve("manifest.json").toFile()).get("assets").size();
        String again = strapi.publish(out);
        assertTrue(again.contains("0 created, 0 updated, " + assets + " unchanged"), again);
    }

    @Test
    @Order(5)
    void theCopyDeckRendersEveryAssetInAHeadlessBrowser() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(HeadlessChromium.available(),
                "Debian chromium is not installed (.ci/run installs it): copy deck browser check skipped");
        Path profile = Files.createDirectories(dir.resolve("chromium-profile"));
        String dom = HeadlessChromium.dumpDom(out.resolve("index.html"), profile);
        int shown = dom.split("data-asset-id=", -1).length - 1;
        assertEquals(jobsByAsset().size(), shown, "every asset is on the page");
        assertTrue(dom.contains("class=\"inbox\""), "emails show as an inbox row");
        assertTrue(dom.contains("class=\"bubble\""), "SMS shows as a bubble");
        assertTrue(dom.contains("class=\"serp\""), "Google ads show as a search result");
        Path png = Path.of("target", "copydeck-deck.png").toAbsolutePath();
        HeadlessChromium.screenshot(out.resolve("index.html"), png, 1280, 1600, profile);
        assertTrue(Files.size(png) > 20_000, "a real screenshot, not a blank page: " + Files.size(png));
        if (Boolean.getBoolean("copydeck.updateScreenshots")) {
            Path docs = Path.of(System.getProperty("copydeck.root", "..")).resolve("docs/copy-deck.png");
            Files.copy(png, docs, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    @Order(4)
    void approvalsSurviveATemplateChangeAndSaySo() throws Exception {
        String id = "autumn_tea/push/office_drinkers/chai_blend/v1";
        Path json = out.resolve("assets").resolve(id.replace("/", "__") + ".json");
        JsonNode asset = JSON.readTree(json.toFile());
        assertEquals("generated", asset.get("status").asText(), "built before it is approved");
        Map<String, String> fields = Map.of("title", "Chai time, desk time", "text", "Harbour Chai: a warming cup in four minutes.");
        Lockfile.update(Lockfile.beside(spec),
                lock -> lock.with(id, new Lockfile.Approval(fields, "prompts-at-approval", "2027-09-01T00:00:00Z")));
        Files.createDirectories(project().resolve("templates/push"));
        Files.writeString(project().resolve("templates/push/title.ftl"), "A new push template for ${product.name}\nTitle:");
        BuildPipeline.Result result = build();
        var approved = result.assets().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
        assertEquals(AssetStatus.APPROVED, approved.status());
        assertTrue(approved.note().contains("changed since approval"), approved.note());
        JsonNode written = JSON.readTree(json.toFile());
        assertEquals("approved", written.get("status").asText());
        assertEquals("Chai time, desk time", written.at("/fields/title").asText());
        assertNotEquals(asset.at("/fields/title").asText(), written.at("/fields/title").asText());
    }
}
