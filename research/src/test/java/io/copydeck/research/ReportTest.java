package io.copydeck.research;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** report.html is well-formed and escapes review text; research.json has the contract's keys. */
class ReportTest {
    /** The clause a quote takes (quotes are clauses: the text up to the comma). */
    private static final String QUOTED = "The battery is <script>alert`x`</script> terrible & dies fast";
    private static final String HOSTILE = QUOTED + ", 'really'";

    private ResearchResult hostile(Path dir) throws Exception {
        Path file = dir.resolve("hostile.csv");
        Files.writeString(file, "id,date,rating,text\n\"<img src=x onerror=alert(1)>\",2026-03-01,1,\"" + HOSTILE + "\"\n"
                + "ok-1,2026-03-02,5,\"The sound is great and the battery lasts all week.\"\n");
        return Examples.research().run(List.of(file), null, Research.Progress.NONE);
    }

    @Test
    void theReportIsWellFormedAndCarriesNoScriptFromAReview(@TempDir Path dir) throws Exception {
        ResearchResult r = hostile(dir);
        String html = new String(ResearchReport.bytes(r, "Reviews <of> test"), StandardCharsets.UTF_8);
        assertTrue(html.contains("&lt;script&gt;alert`x`&lt;/script&gt;"), "the review's text is shown, escaped");
        assertFalse(html.toLowerCase().contains("<script"), "no script element, neither the review's nor the page's own");
        assertFalse(html.contains("<img"), "an id is escaped too");
        assertFalse(html.matches("(?s).*(src|href)=\"https?:.*"), "nothing is loaded from the network");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        assertEquals("html", doc.getDocumentElement().getTagName());
        assertEquals(0, doc.getElementsByTagName("script").getLength());
        assertTrue(doc.getElementsByTagName("svg").getLength() >= 2, "charts of aspects and of the trend");
        assertTrue(doc.getDocumentElement().getTextContent().contains(QUOTED), "the text reads as written");
    }

    @Test
    void researchJsonHasTheContractKeysAndFindingsTheirFields(@TempDir Path dir) throws Exception {
        JsonNode json = new ObjectMapper().readTree(ResearchJson.bytes(hostile(dir)));
        for (String key : List.of("reviews", "skipped", "languages", "pains", "praise", "motivations", "objections",
                "aspects", "vocabulary", "trend", "against_spec")) {
            assertTrue(json.has(key), "research.json lacks " + key);
        }
        JsonNode pain = json.get("pains").get(0);
        assertEquals("battery", pain.get("label").asText());
        for (String key : List.of("label", "count", "share", "quotes")) assertTrue(pain.has(key), key);
        assertEquals(QUOTED, pain.get("quotes").get(0).get("text").asText());
        assertEquals("<img src=x onerror=alert(1)>", pain.get("quotes").get(0).get("id").asText());
        JsonNode aspect = json.get("aspects").get(0);
        for (String key : List.of("positive", "negative", "neutral")) assertTrue(aspect.has(key), key);
    }

    @Test
    void aFileTheUserWroteIsNeverOverwritten(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("report.html"), "my own notes");
        ResearchResult r = hostile(dir);
        ResearchOutput output = ResearchOutput.open(out, null).add(ResearchOutput.JSON, ResearchJson.bytes(r))
                .add(ResearchOutput.REPORT, ResearchReport.bytes(r, "t"));
        ResearchOutput.ResearchOutputException e = org.junit.jupiter.api.Assertions.assertThrows(
                ResearchOutput.ResearchOutputException.class, output::write);
        assertTrue(e.getMessage().contains("did not write it"), e.getMessage());
        assertEquals("my own notes", Files.readString(out.resolve("report.html")));
        assertFalse(Files.exists(out.resolve("research.json")), "a refusal writes nothing");
        Files.delete(out.resolve("report.html"));
        output.write();
        output.write();   // its own files it replaces
        assertTrue(Files.readString(out.resolve("report.html")).contains(ResearchJson.GENERATOR));
    }
}
