package io.copydeck.strapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.copydeck.strapi.FailingServer.Answer;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A runaway answer (#15 item 9: a 120 MB listing took 3.2 GB) is cut off at the bound, read streaming, and
 * reported; the server is not read to its end.
 */
class StrapiHttpBoundTest {
    private static final long HUGE = 120L * 1024 * 1024;
    private static final String LISTING_START = "{\"data\":[";

    private static StrapiHttp http(FailingServer server) {
        return new StrapiHttp(server.url(), new StrapiToken("t0k3n"), new RetryPolicy(3, Duration.ZERO,
                Duration.ZERO, d -> { }), Duration.ofSeconds(30), RequestHook.NONE);
    }

    @Test
    void aStreamedAnswerPastTheBoundIsCutOffAndReportedWithoutRetrying() throws Exception {
        try (FailingServer server = new FailingServer().then(Answer.huge(LISTING_START, HUGE, false))) {
            StrapiException e = assertThrows(StrapiException.class, () -> http(server).get("/api/copydeck-assets"));
            assertEquals(StrapiException.Kind.OVERSIZED, e.kind());
            assertTrue(e.getMessage().contains("the CMS answered with more than 16 MB for GET")
                    && e.getMessage().contains("/api/copydeck-assets") && e.getMessage().contains("--url"),
                    e.getMessage());
            assertEquals(1, server.seen().size(), "a retry would get the same");
            long slack = 16L * 1024 * 1024; // socket buffers and chunks in flight
            assertTrue(server.bytesSent() < BoundedBody.LIMIT + slack,
                    "read " + server.bytesSent() + " bytes of " + HUGE);
        }
    }

    @Test
    void anAnswerThatDeclaresALengthPastTheBoundIsRefusedBeforeReadingIt() throws Exception {
        try (FailingServer server = new FailingServer().then(Answer.huge(LISTING_START, HUGE, true))) {
            StrapiException e = assertThrows(StrapiException.class, () -> http(server).get("/api/copydeck-assets"));
            assertEquals(StrapiException.Kind.OVERSIZED, e.kind());
            assertTrue(server.bytesSent() < 16L * 1024 * 1024, "read " + server.bytesSent());
        }
    }

    @Test
    void anAnswerJustUnderTheBoundIsRead() throws Exception {
        String listing = "{\"data\":[],\"meta\":{\"pagination\":{\"pageCount\":1}}}";
        try (FailingServer server = new FailingServer().then(Answer.huge(listing, 1024 * 1024, false))) {
            assertEquals(1, http(server).get("/api/x").path("meta").path("pagination").path("pageCount").asInt());
        }
    }

    @Test
    void theCommandStopsThePublishWithTheClearErrorAndNoRerunAdvice() throws Exception {
        String campaign = "{\"data\":[{\"documentId\":\"c1\",\"externalId\":\"spring_launch\",\"contentHash\":\"x\"}],"
                + "\"meta\":{\"pagination\":{\"pageCount\":1}}}";
        try (FailingServer server = new FailingServer().then(Answer.of(200, campaign)).then(Answer.of(200, "{}"))
                .then(Answer.huge(LISTING_START, HUGE, false))) {
            Map<String, String> env = Map.of(PublishCommand.TOKEN_ENV, "t0k3n");
            var run = new StrapiPublishIntegrationTest.Run(new PublishCommand(env::get), "--to", "strapi", "--url",
                    server.url().toString(), "--from", BuildFixture.original().toString(), "--backoff-ms", "1");
            assertEquals(PublishCommand.FAILED, run.exitCode, run.err);
            assertTrue(run.err.contains("the CMS answered with more than 16 MB"), run.err);
            assertTrue(!run.err.contains("Rerun"), run.err);
        }
    }

    @Test
    void anAnswerThatStallsAfterItsHeadersTimesOutInsteadOfHanging() throws Exception {
        try (FailingServer server = new FailingServer().then(Answer.stall(LISTING_START))) {
            StrapiHttp http = new StrapiHttp(server.url(), new StrapiToken("t0k3n"), new RetryPolicy(1, Duration.ZERO,
                    Duration.ZERO, d -> { }), Duration.ofMillis(800), RequestHook.NONE);
            long start = System.nanoTime();
            StrapiException e = assertThrows(StrapiException.class, () -> http.get("/api/copydeck-assets"));
            double seconds = (System.nanoTime() - start) / 1e9;
            assertEquals(StrapiException.Kind.UNREACHABLE, e.kind());
            assertTrue(e.getMessage().contains("stopped sending its answer"), e.getMessage());
            assertTrue(seconds < 10, "gave up after " + seconds + " s");
        }
    }
}
