package io.copydeck.strapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.copydeck.strapi.FailingServer.Answer;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Secrets never leave the plugin (#15 item 7): a token with a line break is refused without being shown, a
 * password in --url is never printed, and a server that echoes the Authorization header back is quoted redacted.
 */
class PublishSecretsTest {
    private static final String TOKEN = "9f8e7d6c5b4a39281706f5e4d3c2b1a0";

    private static StrapiPublishIntegrationTest.Run publish(String url, String token) {
        Map<String, String> env = Map.of(PublishCommand.TOKEN_ENV, token);
        return new StrapiPublishIntegrationTest.Run(new PublishCommand(env::get), "--to", "strapi", "--url", url,
                "--from", BuildFixture.original().toString(), "--backoff-ms", "1", "--retries", "1");
    }

    private static void assertNeverShown(String secret, StrapiPublishIntegrationTest.Run run) {
        String printed = run.out + run.err;
        assertFalse(printed.contains(secret), "secret printed:\n" + printed);
    }

    @Test
    void aTokenWithALineBreakIsRefusedUpFrontWithoutShowingIt() throws Exception {
        String first = "a1b2c3d4e5f60718";
        String second = "293a4b5c6d7e8f90";
        try (FailingServer server = new FailingServer()) {
            var run = publish(server.url().toString(), first + "\n" + second);
            assertEquals(PublishCommand.USAGE, run.exitCode, run.err);
            assertTrue(run.err.contains(PublishCommand.TOKEN_ENV) && run.err.contains("line break"), run.err);
            assertFalse(run.err.contains("internal error"), run.err);
            assertNeverShown(first, run);
            assertNeverShown(second, run);
            assertTrue(server.seen().isEmpty(), "no request is sent with a broken token");
        }
    }

    @Test
    void aTokenWithOtherControlCharactersOrSpacesIsRefusedToo() throws Exception {
        for (String bad : new String[] {TOKEN + "\r" + TOKEN, TOKEN + "\u0000x", TOKEN + " " + TOKEN, TOKEN + "é"}) {
            var run = publish("http://127.0.0.1:9", bad);
            assertEquals(PublishCommand.USAGE, run.exitCode, run.err);
            assertTrue(run.err.contains(PublishCommand.TOKEN_ENV), run.err);
            assertNeverShown(TOKEN, run);
        }
    }

    @Test
    void aTokenWithOnlyATrailingNewlineStillWorks() throws Exception {
        try (FailingServer server = new FailingServer().otherwise(Answer.of(401, "{\"error\":{\"status\":401,"
                + "\"name\":\"UnauthorizedError\",\"message\":\"Missing or invalid credentials\"}}"))) {
            var run = publish(server.url().toString(), TOKEN + "\n");
            assertEquals(PublishCommand.FAILED, run.exitCode, run.err);
            assertEquals("Bearer " + TOKEN, server.seen().get(0).authorization());
        }
    }

    @Test
    void aPasswordInTheUrlIsNeverPrinted() throws Exception {
        try (FailingServer server = new FailingServer()) {
            String password = "hunter2-s3cret";
            String url = "http://editor:" + password + "@127.0.0.1:" + server.url().getPort();
            var run = publish(url, TOKEN);
            assertEquals(PublishCommand.USAGE, run.exitCode, run.err);
            assertTrue(run.err.contains("--url") && run.err.contains("user name or password"), run.err);
            assertNeverShown(password, run);
            assertNeverShown("editor", run);
            assertTrue(server.seen().isEmpty());
            for (String malformed : new String[] {"http://editor:" + password + "@127.0.0.1:99999",
                    "editor:" + password + "@127.0.0.1:1337", "http://editor:" + password + " @host",
                    "ftp://editor:" + password + "@host"}) {
                var other = publish(malformed, TOKEN);
                assertEquals(PublishCommand.USAGE, other.exitCode, other.err);
                assertNeverShown(password, other);
            }
        }
    }

    @Test
    void aServerErrorThatEchoesTheAuthorizationHeaderIsShownRedacted() throws Exception {
        String echo = "{\"data\":null,\"error\":{\"status\":400,\"name\":\"ValidationError\",\"message\":"
                + "\"bad request; headers were Authorization: Bearer " + TOKEN + " and token=" + TOKEN + "\"}}";
        try (FailingServer server = new FailingServer().otherwise(Answer.of(400, echo))) {
            var run = publish(server.url().toString(), TOKEN);
            assertEquals(PublishCommand.FAILED, run.exitCode, run.err);
            assertTrue(run.err.contains("400") && run.err.contains("ValidationError"), run.err);
            assertTrue(run.err.contains(Redactor.MASK), run.err);
            assertNeverShown(TOKEN, run);
        }
    }

    @Test
    void aServerPageThatEchoesTheTokenIsShownRedactedAndCutShort() throws Exception {
        String page = "<html><pre>GET /api/copydeck-campaigns\nauthorization: Bearer " + TOKEN + "\n"
                + "x".repeat(20_000) + "</pre></html>";
        try (FailingServer server = new FailingServer().otherwise(Answer.of(502, page))) {
            var run = publish(server.url().toString(), TOKEN);
            assertEquals(PublishCommand.FAILED, run.exitCode, run.err);
            assertTrue(run.err.contains("502") && run.err.contains("cut"), run.err);
            assertTrue(run.err.length() < 3_000, "a page of server text is not a message: " + run.err.length());
            assertNeverShown(TOKEN, run);
        }
    }

    @Test
    void aBugsMessageIsRedactedButStillReportedAsABug() {
        Redactor redactor = Redactor.knowing(TOKEN);
        RuntimeException bug = new IllegalStateException("outer",
                new IllegalArgumentException("invalid header value: \"Bearer " + TOKEN + "\""));
        RuntimeException scrubbed = redactor.scrub(bug);
        assertEquals("java.lang.IllegalStateException: outer", scrubbed.toString());
        assertFalse(scrubbed.getCause().toString().contains(TOKEN), scrubbed.getCause().toString());
        assertTrue(scrubbed.getCause().toString().startsWith("java.lang.IllegalArgumentException"));
        assertEquals(bug.getStackTrace().length, scrubbed.getStackTrace().length);
    }
}
