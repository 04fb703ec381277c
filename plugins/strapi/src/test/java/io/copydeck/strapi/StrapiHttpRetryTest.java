package io.copydeck.strapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.copydeck.strapi.FailingServer.Answer;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Retries and backoff, with failures injected by an in-process server; sleeps are recorded, not slept. */
class StrapiHttpRetryTest {
    private static final String LISTING = "{\"data\":[],\"meta\":{\"pagination\":{\"pageCount\":0}}}";
    private final List<Duration> slept = new ArrayList<>();

    private StrapiHttp http(URI url, int attempts) {
        RetryPolicy policy = new RetryPolicy(attempts, Duration.ofMillis(100), Duration.ofMillis(1000), slept::add);
        return new StrapiHttp(url, new StrapiToken("t0k3n"), policy, Duration.ofSeconds(5), RequestHook.NONE);
    }

    @Test
    void serverErrorsAreRetriedWithDoublingBackoffUntilOneSucceeds() throws Exception {
        try (FailingServer server = new FailingServer().then(Answer.of(503, "")).then(Answer.of(502, ""))
                .then(Answer.of(500, "")).then(Answer.of(200, LISTING))) {
            http(server.url(), 5).get("/api/copydeck-assets");
            assertEquals(4, server.seen().size());
            assertEquals(List.of(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400)), slept);
        }
    }

    @Test
    void backoffIsCappedAndTheNumberOfAttemptsIsBounded() throws Exception {
        try (FailingServer server = new FailingServer()) { // 500 for ever
            StrapiException e = assertThrows(StrapiException.class, () -> http(server.url(), 6).get("/api/x"));
            assertEquals(StrapiException.Kind.SERVER, e.kind());
            assertTrue(e.getMessage().contains("gave up after 6 attempts"), e.getMessage());
            assertEquals(6, server.seen().size());
            assertEquals(List.of(100L, 200L, 400L, 800L, 1000L), slept.stream().map(Duration::toMillis).toList());
        }
    }

    @Test
    void tooManyRequestsWaitsAsLongAsRetryAfterSays() throws Exception {
        try (FailingServer server = new FailingServer().then(new Answer(429, "", "1"))
                .then(Answer.of(200, LISTING))) {
            http(server.url(), 3).get("/api/x");
            assertEquals(List.of(Duration.ofSeconds(1)), slept);
        }
    }

    @Test
    void aRefusedConnectionIsRetriedThenReportedAsUnreachable() throws Exception {
        URI closed;
        try (FailingServer server = new FailingServer()) {
            closed = server.url();
        }
        StrapiException e = assertThrows(StrapiException.class, () -> http(closed, 3).get("/api/x"));
        assertEquals(StrapiException.Kind.UNREACHABLE, e.kind());
        assertTrue(e.getMessage().contains("cannot reach Strapi") && e.getMessage().contains("--url"), e.getMessage());
        assertEquals(2, slept.size());
    }

    @Test
    void authAndNotFoundAndValidationErrorsAreNotRetried() throws Exception {
        for (int status : new int[] {401, 403, 404, 400}) {
            try (FailingServer server = new FailingServer().otherwise(Answer.of(status,
                    "{\"data\":null,\"error\":{\"status\":" + status + ",\"name\":\"E\",\"message\":\"no\"}}"))) {
                StrapiException e = assertThrows(StrapiException.class, () -> http(server.url(), 5).get("/api/x"));
                assertEquals(1, server.seen().size(), "status " + status);
                assertEquals(status, e.status());
                assertFalse(e.retryable());
            }
        }
        assertTrue(slept.isEmpty());
    }

    @Test
    void aCreateWhoseAnswerWasLostIsLookedUpInsteadOfSentTwice() throws Exception {
        // Strapi committed the POST, then the connection died; Strapi 5 does not enforce "unique" on drafts,
        // so a blind retry would make a second draft. The lookup finds the first one.
        String found = "{\"data\":[{\"documentId\":\"doc1\",\"externalId\":\"c/a\",\"contentHash\":\"h\"}],"
                + "\"meta\":{\"pagination\":{\"pageCount\":1}}}";
        try (FailingServer server = new FailingServer().then(Answer.dropConnection()).then(Answer.of(200, found))) {
            StrapiCollection assets = new StrapiCollection(http(server.url(), 5), "copydeck-assets");
            String documentId = assets.createDraft("c/a", JsonNodeFactory.instance.objectNode().put("externalId", "c/a"));
            assertEquals("doc1", documentId);
            assertEquals(List.of("POST", "GET"), server.seen().stream().map(FailingServer.Seen::method).toList());
        }
    }

    @Test
    void aCreateThatFailedBeforeCommittingIsSentAgainAfterTheLookup() throws Exception {
        String none = "{\"data\":[],\"meta\":{\"pagination\":{\"pageCount\":0}}}";
        String created = "{\"data\":{\"documentId\":\"doc2\",\"externalId\":\"c/a\"}}";
        try (FailingServer server = new FailingServer().then(Answer.of(503, "")).then(Answer.of(200, none))
                .then(Answer.of(201, created))) {
            StrapiCollection assets = new StrapiCollection(http(server.url(), 5), "copydeck-assets");
            assertEquals("doc2", assets.createDraft("c/a", JsonNodeFactory.instance.objectNode()));
            assertEquals(List.of("POST", "GET", "POST"), server.seen().stream().map(FailingServer.Seen::method).toList());
            assertTrue(server.seen().stream().allMatch(s -> s.uri().contains("status=draft")), "drafts only");
        }
    }
}
