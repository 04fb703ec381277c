package io.copydeck.strapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * FAQ pages (`channel faq`) against the real Strapi 5 of tests/strapi-app: built by the compiler from the example
 * brand's support block ({@link FaqPageBuild}), published as copydeck-faq-page drafts, and read back with the test's
 * own HTTP client. Skipped, saying why, when no test Strapi runs.
 */
@Tag("strapi")
class FaqPagePublishIntegrationTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static StrapiTestInstance strapi;
    private static String unavailable;

    @TempDir
    Path tmp;

    @BeforeAll
    static void findStrapi() {
        StringBuilder why = new StringBuilder();
        strapi = StrapiTestInstance.find(why);
        if (strapi == null) {
            unavailable = "SKIPPED Strapi FAQ page tests: " + why;
            System.out.println(unavailable);
        }
    }

    @Test
    void anFaqPageIsADraftOfItsOwnTypeWithOneEntryPerQuestionAsBuilt() throws Exception {
        Assumptions.assumeTrue(strapi != null, () -> unavailable);
        String campaign = campaign("draft");
        Path out = FaqPageBuild.build(tmp, campaign);
        StrapiPublishIntegrationTest.Run run = publish(out);
        assertEquals(0, run.exitCode, run.err);
        assertTrue(run.out.contains("2 created, 0 updated, 0 unchanged, 0 failed"), run.out);

        Map<String, JsonNode> pages = strapi.faqPages(campaign, "draft");
        assertEquals(2, pages.size(), pages.keySet().toString());
        assertTrue(strapi.drafts(campaign).isEmpty(), "FAQ pages are not copydeck-assets");
        assertTrue(strapi.faqPages(campaign, "published").isEmpty(), "nothing published: editors decide");
        for (JsonNode built : builtAssets(out)) {
            String id = built.path("id").asText();
            JsonNode page = pages.get(id);
            assertTrue(page != null, "no draft for " + id);
            assertEquals(campaign, page.path("campaign").path("externalId").asText(), id);
            assertEquals(built.path("fields").path("title").asText(), page.path("title").asText(), id);
            assertEquals(built.path("product").asText(), page.path("product").asText(), id);
            assertEquals("generated", page.path("copyStatus").asText(), id);
            assertEquals(Files.readString(out.resolve("assets").resolve(built.path("files").path("md").asText())),
                    page.path("body").asText(), id + " body is the Markdown page");
            // The entries, read back from Strapi, are the built page's questions in order.
            String[] lines = built.path("fields").path("questions").asText().split("\n");
            JsonNode entries = page.path("entries");
            assertEquals(lines.length / 2, entries.size(), id + " " + entries);
            for (int i = 0; i < entries.size(); i++) {
                assertEquals(lines[2 * i].substring(3), entries.get(i).path("question").asText(), id);
                assertEquals(lines[2 * i + 1].substring(3), entries.get(i).path("answer").asText(), id);
            }
        }
        JsonNode sencha = pages.get(campaign + "/faq/tea_drinkers/green_sencha/v1");
        assertTrue(sencha.path("entries").toString().contains("How do I brew Morning Sencha?"), sencha.toString());
        assertFalse(sencha.path("entries").toString().contains("Is Harbour Chai caffeine-free?"),
                "another product's question stays off this page");
        System.out.println("MEASURE publish of 2 new FAQ pages: " + run.millis + " ms");
    }

    @Test
    void republishingWritesNothingAndAPageAnEditorChangedIsKeptWhenItLeavesTheBuild() throws Exception {
        Assumptions.assumeTrue(strapi != null, () -> unavailable);
        String campaign = campaign("prune");
        Path out = FaqPageBuild.build(tmp, campaign);
        assertEquals(0, publish(out).exitCode);

        AtomicInteger writes = new AtomicInteger();
        StrapiPublishIntegrationTest.Run again = new StrapiPublishIntegrationTest.Run(
                new PublishCommand(env()).withRequestHook(r -> {
                    if (!r.method().equals("GET")) {
                        writes.incrementAndGet();
                    }
                }), "--to", "strapi", "--url", strapi.url(), "--from", out.toString());
        assertEquals(0, again.exitCode, again.err);
        assertTrue(again.out.contains("0 created, 0 updated, 2 unchanged, 0 failed"), again.out);
        assertEquals(0, writes.get(), "an unchanged FAQ page (its entries' ids included) is not rewritten");

        // An editor rewords one answer of the bundle's page; then both pages leave the build.
        Map<String, JsonNode> pages = strapi.faqPages(campaign, "draft");
        String edited = campaign + "/faq/tea_drinkers/desk_duo/v1";
        String untouched = campaign + "/faq/tea_drinkers/green_sencha/v1";
        ObjectNode entries = JSON.createObjectNode();
        entries.set("entries", pages.get(edited).path("entries").deepCopy());
        for (JsonNode e : entries.path("entries")) {
            ((ObjectNode) e).remove("id");
        }
        ((ObjectNode) entries.path("entries").get(0)).put("answer", "Our two teas for the desk, reworded by an editor.");
        strapi.put("/api/copydeck-faq-pages/" + pages.get(edited).path("documentId").asText() + "?status=draft",
                JSON.createObjectNode().set("data", entries).toString());

        // The rebuilt campaign has a page for Harbour Chai only: both earlier pages left the build.
        Path rebuilt = FaqPageBuild.build(tmp, campaign, "chai_blend");
        StrapiPublishIntegrationTest.Run pruned = new StrapiPublishIntegrationTest.Run(new PublishCommand(env()),
                "--to", "strapi", "--url", strapi.url(), "--from", rebuilt.toString(), "--prune");
        assertEquals(0, pruned.exitCode, pruned.err);
        assertTrue(pruned.out.contains("1 created, 0 updated, 0 unchanged, 0 failed"), pruned.out);
        assertTrue(pruned.out.contains("2 drafts no longer built: 1 removed, 1 kept"), pruned.out);
        assertTrue(pruned.out.contains("kept " + edited + ": no longer built, but it was edited"), pruned.out);
        Map<String, JsonNode> after = strapi.faqPages(campaign, "draft");
        assertEquals(java.util.Set.of(edited, campaign + "/faq/tea_drinkers/chai_blend/v1"), after.keySet(),
                untouched + " was removed");
        assertEquals("Our two teas for the desk, reworded by an editor.",
                after.get(edited).path("entries").get(0).path("answer").asText());
    }

    private static List<JsonNode> builtAssets(Path out) throws Exception {
        List<JsonNode> assets = new java.util.ArrayList<>();
        for (JsonNode entry : JSON.readTree(out.resolve("manifest.json").toFile()).path("assets")) {
            assets.add(JSON.readTree(out.resolve(entry.path("file").asText()).toFile()));
        }
        return assets;
    }

    private static String campaign(String what) {
        return "it_faq_" + what + "_" + Long.toString(System.nanoTime(), 36);
    }

    private static StrapiPublishIntegrationTest.Run publish(Path out) {
        return new StrapiPublishIntegrationTest.Run(new PublishCommand(env()), "--to", "strapi", "--url", strapi.url(),
                "--from", out.toString());
    }

    private static Function<String, String> env() {
        return Map.of(PublishCommand.TOKEN_ENV, strapi.token())::get;
    }
}
