package io.copydeck.strapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules for --url (#15 item 10): a bad URL is a usage error naming the option and the fix, never exit 3. */
class StrapiUrlTest {
    @Test
    void acceptsRootUrlsAndDropsATrailingSlash() throws Exception {
        assertEquals(URI.create("http://127.0.0.1:1337"), StrapiUrl.parse("http://127.0.0.1:1337/"));
        assertEquals(URI.create("https://cms.example.com/strapi"), StrapiUrl.parse("https://cms.example.com/strapi"));
        assertEquals(URI.create("HTTP://localhost"), StrapiUrl.parse("HTTP://localhost"));
        assertEquals(URI.create("http://[::1]:1337"), StrapiUrl.parse("http://[::1]:1337"));
        assertEquals(URI.create("http://h:65535"), StrapiUrl.parse("http://h:65535"));
    }

    @Test
    void refusesEachMalformedUrlSayingWhatIsWrong() {
        Map<String, String> said = Map.of(
                "http://127.0.0.1:99999", "port 99999",
                "http://127.0.0.1:0", "port 0",
                "http://127.0.0.1:99999999999", "port 99999999999",
                "127.0.0.1:1337", "http://",
                "localhost:1337", "http://",
                "ftp://cms.example.com", "ftp",
                "http://cms example.com", "space",
                "http://", "URL",
                "http://127.0.0.1:1337/?a=b", "?query",
                "http://user:pw@127.0.0.1:1337", "user name or password");
        for (Map.Entry<String, String> bad : said.entrySet()) {
            UsageException e = assertThrows(UsageException.class, () -> StrapiUrl.parse(bad.getKey()), bad.getKey());
            assertTrue(e.getMessage().startsWith("--url"), e.getMessage());
            assertTrue(e.getMessage().contains(bad.getValue()), e.getMessage());
        }
    }

    @Test
    void aPortOutOfRangeIsAUsageErrorOfTheCommandNotAnInternalError() {
        Map<String, String> env = Map.of(PublishCommand.TOKEN_ENV, "t0k3n");
        var run = new StrapiPublishIntegrationTest.Run(new PublishCommand(env::get), "--to", "strapi", "--url",
                "http://127.0.0.1:99999", "--from", BuildFixture.original().toString());
        assertEquals(PublishCommand.USAGE, run.exitCode, run.err);
        assertTrue(run.err.contains("--url") && run.err.contains("port 99999") && run.err.contains("1337"), run.err);
    }
}
