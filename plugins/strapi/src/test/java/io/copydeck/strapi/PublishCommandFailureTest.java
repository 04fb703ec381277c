package io.copydeck.strapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.copydeck.strapi.FailingServer.Answer;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI's answers to failures: exit codes, messages, and never the token. Failures come from FailingServer. */
class PublishCommandFailureTest {
    private static final String TOKEN = "sEcReT-t0ken-that-must-never-show";

    @TempDir
    Path tmp;

    private StrapiPublishIntegrationTest.Run publish(String url, Map<String, String> env, String... extra) {
        String[] args = {"--to", "strapi", "--url", url, "--from", BuildFixture.original().toString(),
                "--backoff-ms", "1", "--retries", "2"};
        String[] all = new String[args.length + extra.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(extra, 0, all, args.length, extra.length);
        return new StrapiPublishIntegrationTest.Run(new PublishCommand(env::get), all);
    }

    @Test
    void aRejectedTokenSaysWhichVariableToFixExitsOneAndNeverShowsTheToken() throws Exception {
        try (FailingServer server = new FailingServer().otherwise(Answer.of(401, "{\"data\":null,\"error\":"
                + "{\"status\":401,\"name\":\"UnauthorizedError\",\"message\":\"Missing or invalid credentials\"}}"))) {
            var run = publish(server.url().toString(), Map.of(PublishCommand.TOKEN_ENV, TOKEN));
            assertEquals(PublishCommand.FAILED, run.exitCode);
            assertTrue(run.err.contains("401") && run.err.contains(PublishCommand.TOKEN_ENV), run.err);
            assertFalse(run.err.contains("Rerun"), "a rerun cannot fix a wrong token: " + run.err);
            assertFalse((run.out + run.err).contains(TOKEN), "token printed");
            assertEquals("Bearer " + TOKEN, server.seen().get(0).authorization(), "sent on the wire, only there");
            assertEquals(1, server.seen().size(), "no retries, no further requests");
        }
    }

    @Test
    void aForbiddenTokenSaysWhichPermissionsItNeeds() throws Exception {
        try (FailingServer server = new FailingServer().otherwise(Answer.of(403, "{\"data\":null,\"error\":"
                + "{\"status\":403,\"name\":\"ForbiddenError\",\"message\":\"Forbidden\"}}"))) {
            var run = publish(server.url().toString(), Map.of(PublishCommand.TOKEN_ENV, TOKEN));
            assertEquals(PublishCommand.FAILED, run.exitCode);
            assertTrue(run.err.contains("403") && run.err.contains("copydeck-asset"), run.err);
            assertFalse((run.out + run.err).contains(TOKEN));
        }
    }

    @Test
    void aServerThatKeepsFailingStopsThePublishAfterBoundedRetriesAndSaysARerunFinishesIt() throws Exception {
        try (FailingServer server = new FailingServer()) { // 500 for ever
            var run = publish(server.url().toString(), Map.of(PublishCommand.TOKEN_ENV, TOKEN));
            assertEquals(PublishCommand.FAILED, run.exitCode);
            assertTrue(run.err.contains("500") && run.err.contains("gave up after 3 attempts")
                    && run.err.contains("Rerun the same command"), run.err);
            assertTrue(run.out.contains("0 created, 0 updated, 0 unchanged, 68 failed"), run.out);
            assertEquals(3, server.seen().size(), "stops instead of failing 68 assets one by one");
            assertFalse((run.out + run.err).contains(TOKEN));
        }
    }

    /**
     * A Strapi whose Copydeck types were installed before FAQ pages existed: no /api/copydeck-faq-pages. The test
     * Strapi has the type, so the older one is scripted: campaign looked up, created, found; no asset drafts; 404.
     */
    private static FailingServer strapiWithoutFaqPages() throws java.io.IOException {
        return new FailingServer()
                .then(Answer.of(200, "{\"data\":[]}"))
                .then(Answer.of(200, "{\"data\":{\"documentId\":\"c1\"}}"))
                .then(Answer.of(200, "{\"data\":[{\"externalId\":\"x\",\"documentId\":\"c1\"}]}"))
                .then(Answer.of(200, "{\"data\":[],\"meta\":{\"pagination\":{\"pageCount\":1}}}"))
                .then(Answer.of(404, "{\"data\":null,\"error\":{\"status\":404,\"name\":\"NotFoundError\","
                        + "\"message\":\"Not Found\"}}"))
                .otherwise(Answer.of(200, "{\"data\":{\"documentId\":\"d\"}}"));
    }

    @Test
    void aStrapiWithoutTheFaqPageTypeStillTakesABuildWithoutFaqPages() throws Exception {
        try (FailingServer server = strapiWithoutFaqPages()) {
            var run = publish(server.url().toString(), Map.of(PublishCommand.TOKEN_ENV, TOKEN));
            assertEquals(0, run.exitCode, run.err);
            assertTrue(run.out.contains("68 created, 0 updated, 0 unchanged, 0 failed"), run.out);
            assertTrue(server.seen().stream().anyMatch(r -> r.uri().startsWith("/api/copydeck-faq-pages?")),
                    "it looked for FAQ pages to prune");
        }
    }

    @Test
    void aBuildWithFaqPagesStopsBeforeItsFirstAssetWhenStrapiLacksTheTypeAndSaysToInstallIt() throws Exception {
        java.nio.file.Path out = FaqPageBuild.build(tmp, "faq_old_strapi");
        try (FailingServer server = strapiWithoutFaqPages()) {
            var run = new StrapiPublishIntegrationTest.Run(new PublishCommand(Map.of(PublishCommand.TOKEN_ENV, TOKEN)::get),
                    "--to", "strapi", "--url", server.url().toString(), "--from", out.toString(), "--retries", "0");
            assertEquals(PublishCommand.FAILED, run.exitCode, run.out);
            assertTrue(run.err.contains("404") && run.err.contains("copydeck-faq-pages")
                    && run.err.contains("copydeck strapi-content-types"), run.err);
            assertTrue(run.out.contains("0 created, 0 updated, 0 unchanged, 2 failed"), run.out);
            assertTrue(server.seen().stream().noneMatch(r -> r.method().equals("POST") && r.uri().contains("faq")),
                    "no FAQ page was sent");
        }
    }

    @Test
    void aMissingTokenIsAUsageError() {
        var run = publish("http://127.0.0.1:9", Map.of());
        assertEquals(PublishCommand.USAGE, run.exitCode);
        assertTrue(run.err.contains(PublishCommand.TOKEN_ENV), run.err);
    }

    @Test
    void anUnknownCmsOrAFolderThatIsNotABuildIsAUsageError() {
        var env = Map.of(PublishCommand.TOKEN_ENV, TOKEN);
        var other = new StrapiPublishIntegrationTest.Run(new PublishCommand(env::get), "--to", "wordpress", "--url",
                "http://127.0.0.1:9", "--from", BuildFixture.original().toString());
        assertEquals(PublishCommand.USAGE, other.exitCode);
        assertTrue(other.err.contains("supported: strapi"), other.err);
        var notABuild = new StrapiPublishIntegrationTest.Run(new PublishCommand(env::get), "--to", "strapi", "--url",
                "http://127.0.0.1:9", "--from", tmp.toString());
        assertEquals(PublishCommand.USAGE, notABuild.exitCode);
        assertTrue(notABuild.err.contains("manifest.json"), notABuild.err);
    }

    @Test
    void theTokenNeverShowsInItsOwnToString() {
        assertFalse(new StrapiToken(TOKEN).toString().contains(TOKEN));
    }
}
