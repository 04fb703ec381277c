package io.copydeck.strapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
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
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Against a real Strapi 5 on loopback (tests/strapi-app). Runs in `mvn -B verify` when
 * tests/strapi-app/ci/start.sh (or with-strapi.sh) has started one; otherwise every test is skipped, saying why.
 * Each test publishes the fixture under a campaign id of its own, so the tests share one Strapi safely.
 */
@Tag("strapi")
class StrapiPublishIntegrationTest {
    private static StrapiTestInstance strapi;
    private static String unavailable;

    @TempDir
    Path tmp;

    @BeforeAll
    static void findStrapi() {
        StringBuilder why = new StringBuilder();
        strapi = StrapiTestInstance.find(why);
        if (strapi == null) {
            unavailable = "SKIPPED Strapi integration tests: " + why;
            System.out.println(unavailable);
        }
    }

    private void requireStrapi() {
        Assumptions.assumeTrue(strapi != null, () -> unavailable);
    }

    @Test
    void publishCreatesOneDraftPerAssetWithEveryFieldAsBuilt(TestInfo test) throws Exception {
        requireStrapi();
        BuildFixture build = fixture(test);
        Run run = publish(build, strapi.token(), RequestHook.NONE);
        List<JsonNode> assets = build.assets();
        System.out.println("MEASURE publish of " + assets.size() + " new assets: " + run.millis + " ms");
        assertEquals(0, run.exitCode, run.err);
        assertTrue(run.out.contains(assets.size() + " created, 0 updated, 0 unchanged, 0 failed"), run.out);

        Map<String, JsonNode> drafts = strapi.drafts(build.campaign);
        assertEquals(assets.size(), drafts.size(), "one draft per asset");
        for (JsonNode asset : assets) {
            assertDraftMatches(build, asset, drafts.get(asset.path("id").asText()));
        }
        assertTrue(strapi.entries(build.campaign, "published").isEmpty(), "nothing published: editors decide");
        JsonNode campaign = strapi.get("/api/copydeck-campaigns?status=draft&filters[externalId][$eq]="
                + build.campaign).path("data");
        assertEquals(1, campaign.size());
        assertEquals("Spring Launch 2027", campaign.get(0).path("title").asText());
        assertEquals("spring-launch.campaign", campaign.get(0).path("specFile").asText());
    }

    @Test
    void republishingAnUnchangedBuildWritesNothing(TestInfo test) throws Exception {
        requireStrapi();
        BuildFixture build = fixture(test);
        assertEquals(0, publish(build, strapi.token(), RequestHook.NONE).exitCode);
        Map<String, JsonNode> before = strapi.drafts(build.campaign);

        AtomicInteger writes = new AtomicInteger();
        Run again = publish(build, strapi.token(), r -> {
            if (!r.method().equals("GET")) {
                writes.incrementAndGet();
            }
        });
        System.out.println("MEASURE republish of " + before.size() + " unchanged assets: " + again.millis + " ms");
        assertEquals(0, again.exitCode, again.err);
        assertTrue(again.out.contains("0 created, 0 updated, " + before.size() + " unchanged, 0 failed"), again.out);
        assertEquals(0, writes.get(), "no POST or PUT");
        Map<String, JsonNode> after = strapi.drafts(build.campaign);
        for (Map.Entry<String, JsonNode> e : before.entrySet()) {
            assertEquals(e.getValue().path("updatedAt"), after.get(e.getKey()).path("updatedAt"), e.getKey());
        }
    }

    @Test
    void rebuildingOneChannelUpdatesOnlyThatChannelsDrafts(TestInfo test) throws Exception {
        requireStrapi();
        BuildFixture build = fixture(test);
        assertEquals(0, publish(build, strapi.token(), RequestHook.NONE).exitCode);
        Map<String, JsonNode> before = strapi.drafts(build.campaign);

        List<String> changed = build.rewriteChannel("sms", "(rebuilt)");
        assertFalse(changed.isEmpty());
        Run run = publish(build, strapi.token(), RequestHook.NONE);
        assertEquals(0, run.exitCode, run.err);
        assertTrue(run.out.contains("0 created, " + changed.size() + " updated, " + (before.size() - changed.size())
                + " unchanged, 0 failed"), run.out);

        Map<String, JsonNode> after = strapi.drafts(build.campaign);
        assertEquals(before.keySet(), after.keySet());
        for (JsonNode asset : build.assets()) {
            String id = asset.path("id").asText();
            assertDraftMatches(build, asset, after.get(id));
            if (changed.contains(id)) {
                assertNotEquals(before.get(id).path("contentHash"), after.get(id).path("contentHash"), id);
                assertEquals(before.get(id).path("documentId"), after.get(id).path("documentId"), "same draft " + id);
            } else {
                assertEquals(before.get(id).path("updatedAt"), after.get(id).path("updatedAt"), "untouched " + id);
            }
        }
    }

    @Test
    void draftsOfAssetsThatLeftTheBuildArePrunedOnlyWhenAskedAndNeverIfPublishedOrEdited(TestInfo test)
            throws Exception {
        requireStrapi();
        BuildFixture build = fixture(test);
        assertEquals(0, publish(build, strapi.token(), RequestHook.NONE).exitCode);
        Map<String, JsonNode> before = strapi.drafts(build.campaign);

        List<String> dropped = build.dropChannel("email.welcome");
        assertTrue(dropped.size() >= 3, "the fixture has welcome emails: " + dropped);
        String publishedByEditor = dropped.get(0);
        String editedByEditor = dropped.get(1);
        strapi.put("/api/copydeck-assets/" + before.get(publishedByEditor).path("documentId").asText()
                + "?status=published", "{\"data\":{}}");
        strapi.put("/api/copydeck-assets/" + before.get(editedByEditor).path("documentId").asText()
                + "?status=draft", "{\"data\":{\"body\":\"Tightened by an editor\"}}");

        Run plain = publish(build, strapi.token(), RequestHook.NONE);
        assertEquals(0, plain.exitCode, plain.err);
        assertTrue(plain.out.contains(dropped.size() + " drafts in Strapi are no longer built; --prune"), plain.out);
        assertEquals(before.keySet(), strapi.drafts(build.campaign).keySet(), "without --prune nothing is removed");

        Run pruned = publishWith(build, "--prune");
        assertEquals(0, pruned.exitCode, pruned.err);
        assertTrue(pruned.out.contains(dropped.size() + " drafts no longer built: " + (dropped.size() - 2)
                + " removed, 2 kept"), pruned.out);
        assertTrue(pruned.out.contains("kept " + publishedByEditor + ": no longer built, but it is published"),
                pruned.out);
        assertTrue(pruned.out.contains("kept " + editedByEditor + ": no longer built, but it was edited"), pruned.out);
        Map<String, JsonNode> after = strapi.drafts(build.campaign);
        for (JsonNode asset : build.assets()) {
            String id = asset.path("id").asText();
            assertEquals(before.get(id).path("updatedAt"), after.get(id).path("updatedAt"), "untouched " + id);
        }
        for (String id : dropped) {
            assertEquals(id.equals(publishedByEditor) || id.equals(editedByEditor), after.containsKey(id), id);
        }
        assertEquals("Tightened by an editor", after.get(editedByEditor).path("body").asText());
        assertTrue(strapi.entries(build.campaign, "published").containsKey(publishedByEditor));

        Run again = publishWith(build, "--prune");
        assertEquals(0, again.exitCode, again.err);
        assertTrue(again.out.contains("2 drafts no longer built: 0 removed, 2 kept"), again.out);
    }

    @Test
    void aPublishInterruptedByAStrapiCrashFinishesOnRerunWithExactlyOneDraftPerAsset(TestInfo test)
            throws Exception {
        requireStrapi();
        BuildFixture build = fixture(test);
        int assets = build.assets().size();
        int createsBeforeCrash = 20;
        AtomicInteger posts = new AtomicInteger();
        Run crashed = publish(build, strapi.token(), r -> {
            if (r.method().equals("POST") && posts.incrementAndGet() == createsBeforeCrash + 2) {
                try {
                    strapi.kill(); // before the 21st asset's create (the campaign's came first)
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        assertEquals(PublishCommand.FAILED, crashed.exitCode);
        assertTrue(crashed.err.contains("cannot reach Strapi") && crashed.err.contains("Rerun"), crashed.err);
        assertTrue(crashed.out.contains(createsBeforeCrash + " created"), crashed.out);

        long restart = System.nanoTime();
        strapi.restart();
        System.out.println("MEASURE Strapi restart: " + (System.nanoTime() - restart) / 1_000_000 + " ms");
        Run rerun = publish(build, strapi.token(), RequestHook.NONE);
        assertEquals(0, rerun.exitCode, rerun.err);
        assertTrue(rerun.out.contains((assets - createsBeforeCrash) + " created, 0 updated, " + createsBeforeCrash
                + " unchanged, 0 failed"), rerun.out);
        Map<String, JsonNode> drafts = strapi.drafts(build.campaign); // fails on a duplicate
        assertEquals(assets, drafts.size());
        for (JsonNode asset : build.assets()) {
            assertDraftMatches(build, asset, drafts.get(asset.path("id").asText()));
        }
    }

    @Test
    void aWrongTokenIsAClearErrorWithExitCodeOneAndIsNeverPrinted(TestInfo test) throws Exception {
        requireStrapi();
        BuildFixture build = fixture(test);
        String wrong = "wrong-token-0123456789abcdef";
        Run run = publish(build, wrong, RequestHook.NONE);
        assertEquals(PublishCommand.FAILED, run.exitCode);
        assertTrue(run.err.contains("401") && run.err.contains(PublishCommand.TOKEN_ENV), run.err);
        assertFalse(run.out.contains(wrong) || run.err.contains(wrong), "the token is printed");
        assertTrue(strapi.drafts(build.campaign).isEmpty());

        Run good = publish(build, strapi.token(), RequestHook.NONE);
        assertEquals(0, good.exitCode, good.err);
        assertFalse(good.out.contains(strapi.token()) || good.err.contains(strapi.token()), "the token is printed");
    }

    @Test
    void aUrlWithoutTheContentTypesIsAClearNotFoundError(TestInfo test) throws Exception {
        requireStrapi();
        BuildFixture build = fixture(test);
        Run run = new Run(new PublishCommand(env(strapi.token())), "--to", "strapi", "--url", strapi.url() + "/cms",
                "--from", build.dir.toString());
        assertEquals(PublishCommand.FAILED, run.exitCode);
        assertTrue(run.err.contains("404") && run.err.contains("content types") && run.err.contains("--url"),
                run.err);
    }

    // ---- FAQ pages (`channel faq`): a real build of the example brand's support block (FaqPageBuild), drafted as
    // copydeck-faq-pages and read back with the test's own client.

    private static final com.fasterxml.jackson.databind.ObjectMapper FAQ_JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    @Test
    void anFaqPageIsADraftOfItsOwnTypeWithOneEntryPerQuestionAsBuilt() throws Exception {
        requireStrapi();
        String campaign = "it_faq_draft_" + Long.toString(System.nanoTime(), 36);
        Path out = FaqPageBuild.build(tmp, campaign);
        Run run = publishFrom(out, RequestHook.NONE);
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
        requireStrapi();
        String campaign = "it_faq_prune_" + Long.toString(System.nanoTime(), 36);
        Path out = FaqPageBuild.build(tmp, campaign);
        assertEquals(0, publishFrom(out, RequestHook.NONE).exitCode);

        AtomicInteger writes = new AtomicInteger();
        Run again = publishFrom(out, r -> {
            if (!r.method().equals("GET")) {
                writes.incrementAndGet();
            }
        });
        assertEquals(0, again.exitCode, again.err);
        assertTrue(again.out.contains("0 created, 0 updated, 2 unchanged, 0 failed"), again.out);
        assertEquals(0, writes.get(), "an unchanged FAQ page (its entries' ids included) is not rewritten");

        // An editor rewords one answer of the bundle's page; then both pages leave the build.
        Map<String, JsonNode> pages = strapi.faqPages(campaign, "draft");
        String edited = campaign + "/faq/tea_drinkers/desk_duo/v1";
        String untouched = campaign + "/faq/tea_drinkers/green_sencha/v1";
        ObjectNode entries = FAQ_JSON.createObjectNode();
        entries.set("entries", pages.get(edited).path("entries").deepCopy());
        for (JsonNode e : entries.path("entries")) {
            ((ObjectNode) e).remove("id");
        }
        ((ObjectNode) entries.path("entries").get(0)).put("answer", "Our two teas for the desk, reworded by an editor.");
        strapi.put("/api/copydeck-faq-pages/" + pages.get(edited).path("documentId").asText() + "?status=draft",
                FAQ_JSON.createObjectNode().set("data", entries).toString());

        // The rebuilt campaign has a page for Harbour Chai only: both earlier pages left the build.
        Path rebuilt = FaqPageBuild.build(tmp, campaign, "chai_blend");
        Run pruned = publishFrom(rebuilt, RequestHook.NONE, "--prune");
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
        for (JsonNode entry : FAQ_JSON.readTree(out.resolve("manifest.json").toFile()).path("assets")) {
            assets.add(FAQ_JSON.readTree(out.resolve(entry.path("file").asText()).toFile()));
        }
        return assets;
    }

    private Run publishFrom(Path out, RequestHook hook, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("--to", "strapi", "--url", strapi.url(), "--from",
                out.toString()));
        args.addAll(List.of(extra));
        return new Run(new PublishCommand(env(strapi.token())).withRequestHook(hook), args.toArray(String[]::new));
    }

    private void assertDraftMatches(BuildFixture build, JsonNode asset, JsonNode draft) {
        String id = asset.path("id").asText();
        assertTrue(draft != null, "no draft for " + id);
        assertEquals(id, draft.path("externalId").asText());
        assertEquals(build.campaign, draft.path("campaign").path("externalId").asText(), id);
        for (String field : new String[] {"kind", "channel", "audience", "product", "fields", "checks"}) {
            assertEquals(asset.path(field), draft.path(field), id + " " + field);
        }
        assertEquals(asset.path("variant").asInt(), draft.path("variant").asInt(), id);
        assertEquals(asset.path("status").asText(), draft.path("copyStatus").asText(), id);
        assertEquals(asset.path("status").asText().equals("approved"), draft.path("approved").asBoolean(), id);
        assertEquals(asset.path("error").asText(null), draft.path("error").asText(null), id);
        String txt = build.rendered(asset, "txt");
        assertEquals(txt, draft.path("body").asText(null), id + " body");
        assertEquals(build.rendered(asset, "html"), draft.path("html").asText(null), id + " html");
        // The 64-bit seed travels as a string (JavaScript would round it); everything else as built.
        ObjectNode provenance = asset.path("provenance").deepCopy();
        provenance.put("seed", asset.path("provenance").path("seed").asText());
        assertEquals(provenance, draft.path("provenance"), id + " provenance");
        assertTrue(draft.path("publishedAt").isNull(), id + " is published");
        assertEquals(64, draft.path("contentHash").asText().length(), id);
    }

    private BuildFixture fixture(TestInfo test) throws Exception {
        String campaign = "it_" + test.getTestMethod().orElseThrow().getName().substring(0, 12).toLowerCase()
                + "_" + Long.toString(System.nanoTime(), 36);
        return BuildFixture.copy(tmp.resolve(campaign), campaign);
    }

    private Run publish(BuildFixture build, String token, RequestHook hook) {
        return new Run(new PublishCommand(env(token)).withRequestHook(hook), "--to", "strapi", "--url", strapi.url(),
                "--from", build.dir.toString(), "--backoff-ms", "50", "--retries", "2");
    }

    private Run publishWith(BuildFixture build, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("--to", "strapi", "--url", strapi.url(), "--from",
                build.dir.toString(), "--backoff-ms", "50", "--retries", "2"));
        args.addAll(List.of(extra));
        return new Run(new PublishCommand(env(strapi.token())), args.toArray(String[]::new));
    }

    private static Function<String, String> env(String token) {
        return Map.of(PublishCommand.TOKEN_ENV, token)::get;
    }

    /** One CLI run through picocli, as the `copydeck` launcher does it, with its output captured. */
    static final class Run {
        final int exitCode;
        final String out;
        final String err;
        final long millis;

        Run(PublishCommand command, String... args) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine cli = new CommandLine(command);
            cli.setOut(new PrintWriter(out, true));
            cli.setErr(new PrintWriter(err, true));
            long start = System.nanoTime();
            this.exitCode = cli.execute(args);
            this.millis = (System.nanoTime() - start) / 1_000_000;
            this.out = out.toString();
            this.err = err.toString();
        }
    }
}
