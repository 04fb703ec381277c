package io.copydeck.strapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real Strapi that tests/strapi-app/ci/start.sh started, described by its state file
 * (tests/strapi-app/.state/strapi.env, or $COPYDECK_STRAPI_STATE). Reads drafts back with a plain HTTP client
 * of its own, so that the tests do not check the publisher with the publisher's code.
 */
final class StrapiTestInstance {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path stateFile;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private Map<String, String> state;

    private StrapiTestInstance(Path stateFile, Map<String, String> state) {
        this.stateFile = stateFile;
        this.state = state;
    }

    static Path stateFile() {
        String override = System.getenv("COPYDECK_STRAPI_STATE");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String root = System.getProperty("copydeck.root");
        Path base = root == null ? Path.of("../..") : Path.of(root);
        return base.resolve("tests/strapi-app/.state/strapi.env").toAbsolutePath().normalize();
    }

    /** The running instance, or null with {@code why} filled in. */
    static StrapiTestInstance find(StringBuilder why) {
        Path file = stateFile();
        if (!Files.isRegularFile(file)) {
            why.append("no Strapi state file at ").append(file)
                    .append(": start one with tests/strapi-app/ci/install.sh && tests/strapi-app/ci/start.sh, or run "
                            + "tests/strapi-app/ci/with-strapi.sh mvn -B verify");
            return null;
        }
        try {
            StrapiTestInstance instance = new StrapiTestInstance(file, read(file));
            if (!instance.healthy()) {
                why.append("Strapi in ").append(file).append(" (").append(instance.url())
                        .append(") is not answering /_health: restart it with tests/strapi-app/ci/start.sh");
                return null;
            }
            return instance;
        } catch (IOException e) {
            why.append("cannot read ").append(file).append(": ").append(e);
            return null;
        }
    }

    String url() {
        return state.get("STRAPI_URL");
    }

    String token() {
        return state.get("STRAPI_TOKEN");
    }

    long pid() {
        return Long.parseLong(state.get("STRAPI_PID"));
    }

    boolean healthy() {
        try {
            int status = http.send(HttpRequest.newBuilder(URI.create(url() + "/_health")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
            return status == 204 || status == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** kill -9: no graceful shutdown, as when a machine dies. */
    void kill() throws InterruptedException {
        ProcessHandle.of(pid()).ifPresent(p -> {
            p.destroyForcibly();
            p.onExit().join();
        });
    }

    /** Starts Strapi again on the same port and database with start.sh, which rewrites the state file. */
    void restart() throws IOException, InterruptedException {
        Path appDir = Path.of(state.get("STRAPI_APP_DIR"));
        ProcessBuilder pb = new ProcessBuilder(appDir.resolve("ci/start.sh").toString()).inheritIO();
        pb.environment().put("PORT", String.valueOf(URI.create(url()).getPort()));
        Process p = pb.start();
        if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IOException("tests/strapi-app/ci/start.sh failed to restart Strapi");
        }
        state = read(stateFile);
    }

    /** Every draft of a campaign, with its campaign relation, by external id (fails on duplicates). */
    Map<String, JsonNode> drafts(String campaign) throws IOException, InterruptedException {
        return entries(campaign, "draft");
    }

    Map<String, JsonNode> entries(String campaign, String status) throws IOException, InterruptedException {
        return entries("copydeck-assets", campaign, status, "");
    }

    /** Every FAQ page draft of a campaign, with its campaign relation and its entries, by external id. */
    Map<String, JsonNode> faqPages(String campaign, String status) throws IOException, InterruptedException {
        return entries("copydeck-faq-pages", campaign, status, "&populate[entries]=true");
    }

    private Map<String, JsonNode> entries(String collection, String campaign, String status, String populate)
            throws IOException, InterruptedException {
        Map<String, JsonNode> byId = new HashMap<>();
        for (int page = 1; ; page++) {
            JsonNode body = get("/api/" + collection + "?status=" + status + "&filters[externalId][$startsWith]="
                    + URLEncoder.encode(campaign + "/", StandardCharsets.UTF_8)
                    + "&populate[campaign][fields][0]=externalId" + populate
                    + "&pagination[pageSize]=100&pagination[page]=" + page);
            for (JsonNode d : body.path("data")) {
                String id = d.path("externalId").asText();
                if (!id.startsWith(campaign + "/")) {
                    continue;
                }
                if (byId.put(id, d) != null) {
                    throw new AssertionError("two " + status + " entries for " + id);
                }
            }
            if (page >= body.path("meta").path("pagination").path("pageCount").asInt(1)) {
                return byId;
            }
        }
    }

    JsonNode get(String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url() + pathAndQuery))
                .header("Authorization", "Bearer " + token()).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("GET " + pathAndQuery + ": " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }

    /** What an editor does in the admin panel, through the REST API: a PUT on one document. */
    JsonNode put(String pathAndQuery, String jsonBody) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url() + pathAndQuery))
                .header("Authorization", "Bearer " + token()).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(jsonBody)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("PUT " + pathAndQuery + ": " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private static Map<String, String> read(Path file) throws IOException {
        Map<String, String> values = new HashMap<>();
        for (String line : Files.readAllLines(file)) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                values.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return values;
    }
}
