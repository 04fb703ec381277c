package io.copydeck.strapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.copydeck.strapi.FailingServer.Answer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A symbolic link in a build output (#15 item 6: /etc/shadow became an asset body in the CMS) refuses the
 * publish, naming the file and the fix; the link's target never reaches the server.
 */
class PublishSymlinkTest {
    private static final String RENDERED = "spring_launch__email.welcome__commuters__cold_brew__v1.txt";
    private static final String SECRET = "root:$6$not-for-the-cms$:19000:0:99999:7:::";

    @TempDir
    Path tmp;

    private StrapiPublishIntegrationTest.Run publish(FailingServer server, Path from) {
        Map<String, String> env = Map.of(PublishCommand.TOKEN_ENV, "t0k3n");
        return new StrapiPublishIntegrationTest.Run(new PublishCommand(env::get), "--to", "strapi", "--url",
                server.url().toString(), "--from", from.toString(), "--backoff-ms", "1");
    }

    private static void assertNothingSent(FailingServer server, StrapiPublishIntegrationTest.Run run) {
        assertTrue(server.seen().isEmpty(), "nothing is published from a folder with a link: " + server.seen());
        assertFalse(server.seen().stream().anyMatch(s -> s.body().contains("not-for-the-cms")), "target uploaded");
        assertFalse((run.out + run.err).contains("not-for-the-cms"), "target printed");
    }

    @Test
    void aRenderedFileThatIsALinkRefusesThePublishNamingIt() throws Exception {
        Path secret = Files.writeString(tmp.resolve("shadow"), SECRET);
        BuildFixture build = BuildFixture.copy(tmp.resolve("out"), BuildFixture.CAMPAIGN);
        Path rendered = build.dir.resolve("assets").resolve(RENDERED);
        Files.delete(rendered);
        Files.createSymbolicLink(rendered, secret);
        try (FailingServer server = new FailingServer().otherwise(Answer.of(200, "{}"))) {
            var run = publish(server, build.dir);
            assertEquals(PublishCommand.USAGE, run.exitCode, run.err);
            assertTrue(run.err.contains(RENDERED) && run.err.contains("symbolic link")
                    && run.err.contains("replace the link"), run.err);
            assertNothingSent(server, run);
        }
    }

    @Test
    void aLinkedAssetsFolderIsRefusedToo() throws Exception {
        BuildFixture build = BuildFixture.copy(tmp.resolve("elsewhere"), BuildFixture.CAMPAIGN);
        Files.writeString(build.dir.resolve("assets").resolve(RENDERED), SECRET);
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.copy(build.dir.resolve("manifest.json"), out.resolve("manifest.json"));
        Files.createSymbolicLink(out.resolve("assets"), build.dir.resolve("assets"));
        try (FailingServer server = new FailingServer().otherwise(Answer.of(200, "{}"))) {
            var run = publish(server, out);
            assertEquals(PublishCommand.USAGE, run.exitCode, run.err);
            assertTrue(run.err.contains("outside " + out) && run.err.contains("linked folder"), run.err);
            assertNothingSent(server, run);
        }
    }

    @Test
    void aLinkToTheOutputFolderItselfIsFine() throws Exception {
        BuildFixture build = BuildFixture.copy(tmp.resolve("out"), BuildFixture.CAMPAIGN);
        Path latest = Files.createSymbolicLink(tmp.resolve("latest"), build.dir);
        try (FailingServer server = new FailingServer().otherwise(Answer.of(401, "{}"))) {
            var run = publish(server, latest);
            assertEquals(PublishCommand.FAILED, run.exitCode, "read, then stopped by the token: " + run.err);
            assertTrue(run.err.contains("401"), run.err);
        }
    }
}
