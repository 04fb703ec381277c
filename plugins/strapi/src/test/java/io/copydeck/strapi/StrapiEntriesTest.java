package io.copydeck.strapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.copydeck.compiler.output.BuildOutput;
import io.copydeck.compiler.output.BuildOutputReader;
import io.copydeck.compiler.output.BuiltAsset;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mapping to Strapi attributes and the hash that makes republishing cheap. */
class StrapiEntriesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void sixtyFourBitSeedsTravelAsStringsBecauseJavaScriptWouldRoundThem() throws Exception {
        JsonNode in = JSON.readTree("{\"seed\":1206919737661355550,\"small\":42,\"list\":[9007199254740993]}");
        JsonNode out = JsSafeJson.of(in);
        assertEquals("1206919737661355550", out.path("seed").textValue());
        assertEquals(42, out.path("small").intValue());
        assertEquals("9007199254740993", out.path("list").get(0).textValue());
    }

    @Test
    void theHashIgnoresKeyOrderButSeesEveryValue() throws Exception {
        ObjectNode a = (ObjectNode) JSON.readTree("{\"x\":1,\"y\":{\"b\":2,\"a\":[1,2]}}");
        ObjectNode b = (ObjectNode) JSON.readTree("{\"y\":{\"a\":[1,2],\"b\":2},\"x\":1}");
        ObjectNode c = (ObjectNode) JSON.readTree("{\"y\":{\"a\":[2,1],\"b\":2},\"x\":1}");
        assertEquals(ContentHash.of(a), ContentHash.of(b));
        assertNotEquals(ContentHash.of(a), ContentHash.of(c));
    }

    @Test
    void anApprovedAssetIsMarkedApprovedAndItsPlainTextIsTheBody() throws Exception {
        BuildOutput build = new BuildOutputReader().read(BuildFixture.original());
        StrapiEntry email = StrapiEntries.asset(build.assets().get(0));
        assertEquals("approved", email.attributes().path("copyStatus").asText());
        assertTrue(email.attributes().path("approved").asBoolean());
        assertTrue(email.attributes().path("body").asText().startsWith("Subject: "));
        assertTrue(email.attributes().path("html").asText().startsWith("<html>"));
        StrapiEntry tweet = StrapiEntries.asset(build.assets().get(6));
        assertEquals("twitter", tweet.attributes().path("kind").asText());
        assertTrue(tweet.attributes().path("html").isNull());
        assertTrue(!tweet.attributes().path("approved").asBoolean());
        assertEquals(StrapiEntries.asset(build.assets().get(6)).contentHash(), tweet.contentHash(), "stable");
    }

    @Test
    void aStoredDraftHashesToItsContentHashUntilSomeoneEditsIt() throws Exception {
        BuildOutput build = new BuildOutputReader().read(BuildFixture.original());
        StrapiEntry entry = StrapiEntries.asset(build.assets().get(0));
        // What Strapi returns: the attributes sent, plus its own bookkeeping, in its own key order.
        ObjectNode stored = JSON.createObjectNode().put("id", 7).put("documentId", "abc").put("publishedAt", (String) null);
        java.util.List<String> names = new java.util.ArrayList<>();
        entry.data(JSON.createObjectNode()).fieldNames().forEachRemaining(names::add);
        java.util.Collections.reverse(names);
        for (String name : names) {
            stored.set(name, entry.data(JSON.createObjectNode()).get(name));
        }
        assertEquals(entry.contentHash(), StrapiEntries.hashOfStored(stored));
        stored.put("body", stored.path("body").asText() + " (tightened by an editor)");
        assertNotEquals(entry.contentHash(), StrapiEntries.hashOfStored(stored));
    }

    @Test
    void anFaqPageIsItsTitleAndOneEntryPerQuestionWithTheRenderedPageBeside(@TempDir Path tmp) throws Exception {
        BuildOutput build = new BuildOutputReader().read(FaqPageBuild.build(tmp, "faq_unit"));
        BuiltAsset sencha = build.assets().stream().filter(a -> a.product().equals("green_sencha")).findFirst().orElseThrow();
        assertEquals(AssetType.FAQ_PAGE, AssetType.of(sencha));
        StrapiEntry page = AssetType.FAQ_PAGE.entry(sencha);
        JsonNode a = page.attributes();
        assertEquals("Morning Sencha: questions and answers", a.path("title").asText());
        JsonNode entries = a.path("entries");
        assertEquals(sencha.fields().get("questions").split("\n").length / 2, entries.size());
        assertEquals("What is Morning Sencha?", entries.get(0).path("question").asText());
        boolean brewing = false;
        for (JsonNode e : entries) {
            brewing |= e.path("question").asText().equals("How do I brew Morning Sencha?")
                    && e.path("answer").asText().equals("Use water at 70-80 C, not boiling, and steep for one to two minutes.");
            assertTrue(!e.path("question").asText().contains("Q:") && !e.path("answer").asText().contains("A:"), e.toString());
        }
        assertTrue(brewing, entries.toString());
        assertTrue(a.path("body").asText().startsWith("# Morning Sencha: questions and answers"), a.path("body").asText());
        assertTrue(a.path("html").asText().contains("<h1"), "the rendered HTML");
        assertEquals("generated", a.path("copyStatus").asText());
        for (String name : StrapiEntries.FAQ_PAGE_ATTRIBUTES) {
            assertTrue(a.has(name), name);
        }
        assertEquals(AssetType.ASSET, AssetType.of(new BuildOutputReader().read(BuildFixture.original()).assets().get(0)));
    }

    @Test
    void aStoredFaqPageHashesToItsContentHashDespiteTheIdsStrapiGivesItsEntries(@TempDir Path tmp) throws Exception {
        BuildOutput build = new BuildOutputReader().read(FaqPageBuild.build(tmp, "faq_hash"));
        StrapiEntry entry = AssetType.FAQ_PAGE.entry(build.assets().get(0));
        ObjectNode stored = entry.data(JSON.createObjectNode()).deepCopy();
        stored.put("id", 3).put("documentId", "xyz");
        int id = 40;
        for (JsonNode e : stored.path("entries")) {
            ((ObjectNode) e).put("id", id++);
        }
        assertEquals(entry.contentHash(), StrapiEntries.hashOfStored(stored, StrapiEntries.FAQ_PAGE_ATTRIBUTES));
        ((ObjectNode) stored.path("entries").get(1)).put("answer", "Reworded by an editor.");
        assertNotEquals(entry.contentHash(), StrapiEntries.hashOfStored(stored, StrapiEntries.FAQ_PAGE_ATTRIBUTES));
    }

    @Test
    void questionLinesBecomePairsAndAnAnswerEditedOntoSeveralLinesStaysOneAnswer() {
        List<String[]> pairs = StrapiEntries.questions("Q: One?\nA: Yes.\nQ: Two?\nA: First line.\nmore text\nQ: Three?");
        assertEquals(3, pairs.size());
        assertEquals("Yes.", pairs.get(0)[1]);
        assertEquals("First line. more text", pairs.get(1)[1]);
        assertEquals("", pairs.get(2)[1]);
    }
}
