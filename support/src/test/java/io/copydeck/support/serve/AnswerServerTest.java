package io.copydeck.support.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.copydeck.dsl.check.CheckResult;
import io.copydeck.dsl.check.Checker;
import io.copydeck.support.AnswerThresholds;
import io.copydeck.support.Answerer;
import io.copydeck.support.FactCatalogue;
import io.copydeck.support.Phrasing;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server on loopback: every bad request its 4xx, and it keeps serving; reloads keep the last good spec. */
class AnswerServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final List<String> log = Collections.synchronizedList(new ArrayList<>());
    private AnswerServer server;

    @TempDir
    Path dir;

    static final LiveSpec.Loader LOADER = file -> {
        try {
            CheckResult c = Checker.check(file);
            if (c.hasErrors()) throw new LiveSpec.Refused(c.count(io.copydeck.dsl.diag.Severity.ERROR) + " error(s)");
            return new Answerer(FactCatalogue.of(c.spec()), AnswerThresholds.DEFAULT, Phrasing.NONE);
        } catch (LiveSpec.Refused r) {
            throw r;
        } catch (Exception e) {
            throw new LiveSpec.Refused(e.getMessage());
        }
    };

    static Path example(String name) {
        return Path.of(System.getProperty("copydeck.root", "..")).resolve("examples/support/" + name + ".campaign");
    }

    private AnswerServer start(String token, Path... specs) throws Exception {
        List<LiveSpec> live = new ArrayList<>();
        for (Path p : specs) live.add(LiveSpec.load(p, LOADER, log::add));
        server = new AnswerServer(live, "127.0.0.1", 0, token,
                new AnswerServer.Limits(16 * 1024, 1000, 10_000, 4, 3_600_000), log::add);
        server.start();
        return server;
    }

    @AfterEach
    void stop() {
        if (server != null) server.close();
    }

    private HttpResponse<String> post(String path, String body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) b.headers(headers);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).GET();
        if (headers.length > 0) b.headers(headers);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertError(int status, String containing, HttpResponse<String> r) throws Exception {
        assertEquals(status, r.statusCode(), r.body());
        JsonNode body = JSON.readTree(r.body());
        assertEquals(status, body.get("status").asInt());
        assertTrue(body.get("error").asText().contains(containing), r.body());
    }

    @Test
    void everyBadRequestGetsItsClearErrorAndTheServerKeepsServing() throws Exception {
        start(null, example("brightsmile-dental"));
        assertError(400, "not JSON", post("/answer", "{question: nope"));
        assertError(400, "not a JSON object", post("/answer", "[\"How much?\"]"));
        assertError(400, "no \"question\"", post("/answer", "{\"q\": \"How much?\"}"));
        assertError(400, "not a string", post("/answer", "{\"question\": 42}"));
        assertError(400, "empty", post("/answer", "{\"question\": \"   \"}"));
        assertError(413, "longer than 1000", post("/answer", "{\"question\": \"" + "a".repeat(1001) + "\"}"));
        assertError(413, "larger than 16384", post("/answer", "{\"question\": \"" + "a".repeat(20_000) + "\"}"));
        assertError(404, "no spec", post("/answer", "{\"question\": \"hi\", \"spec\": \"nope\"}"));
        assertError(405, "POST only", get("/answer"));
        assertError(405, "GET only", post("/health", "{}"));
        assertError(404, "no such path", get("/admin"));
        HttpResponse<String> ok = post("/answer", "{\"question\": \"How much is a checkup?\"}");
        assertEquals(200, ok.statusCode(), ok.body());
        JsonNode a = JSON.readTree(ok.body());
        assertEquals("product.checkup.price", a.get("sources").get(0).asText());
        assertEquals("smile_spring", a.get("spec").asText());
        assertEquals(200, get("/health").statusCode());
    }

    @Test
    void aTokenIsRequiredWhenSetAndNeverLogged() throws Exception {
        start("s3cret-token", example("brightsmile-dental"));
        assertError(401, "bearer token", post("/answer", "{\"question\": \"hi\"}"));
        assertError(401, "bearer token", post("/answer", "{\"question\": \"hi\"}", "Authorization", "Bearer wrong"));
        assertError(401, "bearer token", get("/health", "Authorization", "Basic s3cret-token"));
        assertEquals(200, post("/answer", "{\"question\": \"Is there parking?\"}", "Authorization", "Bearer s3cret-token").statusCode());
        assertTrue(log.stream().noneMatch(l -> l.contains("s3cret")), log.toString());
    }

    @Test
    void severalSpecsAreChosenByCampaign() throws Exception {
        start(null, example("brightsmile-dental"), example("ironbark-gym"));
        assertError(400, "several specs", post("/answer", "{\"question\": \"Is there parking?\"}"));
        HttpResponse<String> gym = post("/answer", "{\"question\": \"Is there parking?\", \"spec\": \"new_year_strong\"}");
        assertEquals("support.faq.parking", JSON.readTree(gym.body()).get("sources").get(0).asText(), gym.body());
        HttpResponse<String> dental = post("/answer", "{\"question\": \"Is there parking?\", \"campaign\": \"smile_spring\"}");
        assertEquals("support.policy.parking", JSON.readTree(dental.body()).get("sources").get(0).asText(), dental.body());
    }

    @Test
    void aChangedSpecIsReloadedAndOneWithErrorsKeepsTheLastGoodOne() throws Exception {
        Path spec = dir.resolve("dental.campaign");
        Files.copy(example("brightsmile-dental"), spec);
        start(null, spec);
        LiveSpec live = LiveSpec.load(spec, LOADER, log::add);
        String question = "How much is a checkup?";
        assertTrue(live.answerer().answer(question).answer().contains("£45.00"));

        Files.writeString(spec, Files.readString(spec).replace("price: 45.00 GBP", "price: 49.00 GBP"));
        Files.setLastModifiedTime(spec, FileTime.from(Instant.now().plusSeconds(5)));
        live.poll();
        assertTrue(live.answerer().answer(question).answer().contains("£49.00"), live.answerer().answer(question).answer());

        Files.writeString(spec, Files.readString(spec).replace("brand: brightsmile", "brand: brightsmlie"));
        Files.setLastModifiedTime(spec, FileTime.from(Instant.now().plusSeconds(10)));
        live.poll();
        assertTrue(live.answerer().answer(question).answer().contains("£49.00"), "the last good spec keeps answering");
        assertTrue(live.problem().contains("error"), live.problem());
        assertTrue(log.stream().anyMatch(l -> l.contains("keeping the last good version")), log.toString());
    }
}
