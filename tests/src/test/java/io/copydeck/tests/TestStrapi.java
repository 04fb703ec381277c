package io.copydeck.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.copydeck.strapi.PublishCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Assumptions;
import picocli.CommandLine;

/** The test Strapi that tests/strapi-app/ci/with-strapi.sh starts, seen from the end-to-end tests. */
final class TestStrapi {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final String url;
    private final String token;

    private TestStrapi(String url, String token) {
        this.url = url;
        this.token = token;
    }

    /** The running test Strapi, or the test is skipped with the command that starts one. */
    static TestStrapi runningOrSkip() throws Exception {
        Path state = Path.of(System.getProperty("copydeck.root", "..")).resolve("tests/strapi-app/.state/strapi.env");
        Assumptions.assumeTrue(Files.exists(state), "no test Strapi is running (start one with "
                + "tests/strapi-app/ci/with-strapi.sh mvn -B verify): publishing a real build skipped");
        Properties env = new Properties();
        try (var in = Files.newBufferedReader(state)) {
            env.load(in);
        }
        return new TestStrapi(env.getProperty("STRAPI_URL"), env.getProperty("STRAPI_TOKEN"));
    }

    String url() {
        return url;
    }

    String token() {
        return token;
    }

    /** How many assets a build output's manifest lists. */
    static int assetCount(Path out) throws java.io.IOException {
        return JSON.readTree(out.resolve("manifest.json").toFile()).get("assets").size();
    }

    /** `copydeck publish --to strapi --from OUT`, the token from the environment; returns what it printed. */
    String publish(Path out) {
        StringWriter log = new StringWriter();
        CommandLine publish = new CommandLine(new PublishCommand(name -> name.equals(PublishCommand.TOKEN_ENV) ? token : null));
        publish.setOut(new PrintWriter(log));
        publish.setErr(new PrintWriter(log));
        assertEquals(0, publish.execute("--to", "strapi", "--url", url, "--from", out.toString()), log.toString());
        assertTrue(!log.toString().contains(token), "the token is never printed");
        return log.toString();
    }

    /** Reads every draft of a campaign back over REST and compares it with the build output, field by field. */
    void assertDraftsMatch(Path out, String campaign) throws Exception {
        JsonNode drafts = drafts("copydeck-assets", campaign, "");
        // FAQ pages are drafts of their own type, their questions as entries (docs/strapi.md).
        JsonNode pages = drafts("copydeck-faq-pages", campaign, "&populate[entries]=true");
        JsonNode manifest = JSON.readTree(out.resolve("manifest.json").toFile());
        assertEquals(manifest.get("assets").size(), drafts.get("data").size() + pages.get("data").size(),
                "one draft per built asset");
        for (JsonNode draft : drafts.get("data")) {
            String id = draft.get("externalId").asText();
            JsonNode built = built(out, id);
            assertEquals(built.get("fields"), draft.get("fields"), id);
            assertEquals(built.get("status").asText(), draft.get("copyStatus").asText(), id);
            assertEquals(built.get("kind").asText(), draft.get("kind").asText(), id);
            assertEquals(built.get("variant").asInt(), draft.get("variant").asInt(), id);
        }
        for (JsonNode page : pages.get("data")) {
            String id = page.get("externalId").asText();
            JsonNode built = built(out, id);
            assertEquals("faq", built.get("kind").asText(), id);
            assertEquals(built.get("fields").get("title").asText(), page.get("title").asText(), id);
            assertEquals(built.get("status").asText(), page.get("copyStatus").asText(), id);
            String[] lines = built.get("fields").get("questions").asText().split("\n");
            assertEquals(lines.length / 2, page.get("entries").size(), id);
            assertEquals(lines[0].substring(3), page.get("entries").get(0).get("question").asText(), id);
        }
    }

    private JsonNode drafts(String collection, String campaign, String populate) throws Exception {
        String query = "/api/" + collection + "?status=draft&pagination[pageSize]=500&filters[externalId][$startsWith]="
                + URLEncoder.encode(campaign + "/", StandardCharsets.UTF_8) + populate;
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + query)).header("Authorization", "Bearer " + token).build();
        return JSON.readTree(HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body());
    }

    private static JsonNode built(Path out, String id) throws Exception {
        return JSON.readTree(out.resolve("assets").resolve(id.replace("/", "__") + ".json").toFile());
    }
}
