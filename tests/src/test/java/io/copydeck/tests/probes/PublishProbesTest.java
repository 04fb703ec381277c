package io.copydeck.tests.probes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.copydeck.cli.Main;
import io.copydeck.tests.probes.InProcessCli.Run;
import java.io.IOException;
import java.io.OutputStream;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `copydeck publish` as a hostile but realistic user meets it (#15 items 6, 7, 9 and 10), against a fake Strapi
 * in this process. Probes that need no token run the CLI in process (Main.execute); those that need
 * COPYDECK_STRAPI_TOKEN run it as a process, since a test cannot set its own environment.
 */
class PublishProbesTest {
    private static final Path ROOT = Path.of(System.getProperty("copydeck.root", "..")).toAbsolutePath().normalize();
    private static final String TOKEN = "5d41402abc4b2a76b9719d911017c592aa";

    @TempDir
    Path tmp;

    // --- --url (item 10): usage errors naming the option, not internal errors -------------------------------

    @Test
    void aPortOutOfRangeIsAUsageErrorNamingUrl() throws Exception {
        Run run = inProcess("publish", "--to", "strapi", "--url", "http://127.0.0.1:99999", "--from",
                buildOutput().toString());
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().contains("--url") && run.err().contains("port 99999") && run.err().contains("65535"), run.err());
    }

    @Test
    void otherMalformedUrlsAreUsageErrorsSayingWhatIsWrong() throws Exception {
        String from = buildOutput().toString();
        String[][] cases = {{"127.0.0.1:1337", "http://"}, {"ftp://cms.example.com", "ftp"},
                {"http://cms example.com", "space"}, {"http://127.0.0.1:99999999999", "port"}};
        for (String[] c : cases) {
            Run run = inProcess("publish", "--to", "strapi", "--url", c[0], "--from", from);
            assertEquals(2, run.exit(), c[0] + ": " + run.err());
            assertTrue(run.err().contains("--url") && run.err().contains(c[1]) && !run.err().contains("internal error"),
                    c[0] + ": " + run.err());
        }
    }

    @Test
    void aPortOutOfRangeWithATokenSetIsStillAUsageError() throws Exception {
        Run run = asProcess(TOKEN, "publish", "--to", "strapi", "--url", "http://127.0.0.1:99999", "--from",
                buildOutput().toString());
        assertEquals(2, run.exit(), run.err());
        assertFalse(run.err().contains("internal error"), run.err());
    }

    // --- secrets (item 7) ----------------------------------------------------------------------------------

    @Test
    void aTokenWithALineBreakIsRefusedWithoutBeingPrinted() throws Exception {
        try (FakeStrapi strapi = new FakeStrapi(r -> Answer.json(200, "{\"data\":[]}"))) {
            Run run = asProcess("0a1b2c3d4e5f6789\n9876f5e4d3c2b1a0", "publish", "--to", "strapi", "--url",
                    strapi.url(), "--from", buildOutput().toString());
            assertEquals(2, run.exit(), run.err());
            assertTrue(run.err().contains("COPYDECK_STRAPI_TOKEN") && run.err().contains("line break"), run.err());
            assertFalse(run.all().contains("0a1b2c3d4e5f6789") || run.all().contains("9876f5e4d3c2b1a0"), run.all());
            assertTrue(strapi.requests().isEmpty(), "no request sent");
        }
    }

    @Test
    void aPasswordInTheUrlIsNeverPrinted() throws Exception {
        try (FakeStrapi strapi = new FakeStrapi(r -> Answer.json(401, "{\"error\":{\"message\":\"no\"}}"))) {
            String url = strapi.url().replace("http://", "http://editor:correct-horse-battery@");
            Run run = asProcess(TOKEN, "publish", "--to", "strapi", "--url", url, "--from", buildOutput().toString());
            assertEquals(2, run.exit(), run.all());
            assertTrue(run.err().contains("--url") && run.err().contains("password"), run.err());
            assertFalse(run.all().contains("correct-horse-battery"), run.all());
        }
    }

    @Test
    void aServerErrorEchoingTheAuthorizationHeaderIsPrintedRedacted() throws Exception {
        try (FakeStrapi strapi = new FakeStrapi(r -> Answer.json(400, "{\"data\":null,\"error\":{\"status\":400,"
                + "\"name\":\"ValidationError\",\"message\":\"rejected request with Authorization: "
                + r.authorization() + "\"}}"))) {
            Run run = asProcess(TOKEN, "publish", "--to", "strapi", "--url", strapi.url(), "--from",
                    buildOutput().toString());
            assertEquals(1, run.exit(), run.all());
            assertTrue(run.err().contains("ValidationError"), run.err());
            assertEquals("Bearer " + TOKEN, strapi.requests().get(0).authorization(), "sent, on the wire only");
            assertFalse(run.all().contains(TOKEN), run.all());
        }
    }

    // --- symlinks in the build output (item 6) ---------------------------------------------------------------

    @Test
    void aSymlinkInAssetsRefusesThePublishAndItsTargetIsNeverUploaded() throws Exception {
        Path out = buildOutput();
        Path secret = Files.writeString(tmp.resolve("shadow"), "root:$6$never-upload-me$:19000:0:99999:7:::");
        Path rendered = out.resolve("assets/probe__sms__v1.txt");
        Files.delete(rendered);
        Files.createSymbolicLink(rendered, secret);
        try (FakeStrapi strapi = new FakeStrapi(FakeStrapi::happy)) {
            Run run = asProcess(TOKEN, "publish", "--to", "strapi", "--url", strapi.url(), "--from", out.toString());
            assertEquals(2, run.exit(), run.all());
            assertTrue(run.err().contains("probe__sms__v1.txt") && run.err().contains("symbolic link"), run.err());
            assertFalse(strapi.requests().stream().anyMatch(r -> r.body().contains("never-upload-me")), "uploaded");
            assertFalse(run.all().contains("never-upload-me"), run.all());
        }
    }

    // --- a runaway answer (item 9) ---------------------------------------------------------------------------

    @Test
    void aHugeListingIsRefusedWithBoundedMemory() throws Exception {
        long huge = 120L * 1024 * 1024;
        try (FakeStrapi strapi = new FakeStrapi(r -> r.uri().startsWith("/api/copydeck-assets")
                ? Answer.streamed("{\"data\":[", huge) : FakeStrapi.happy(r))) {
            // 256 MB of heap: the old reader needed 3.2 GB for a 120 MB listing.
            Run run = asProcess(TOKEN, List.of("-Xmx256m"), "publish", "--to", "strapi", "--url", strapi.url(),
                    "--from", buildOutput().toString());
            assertEquals(1, run.exit(), run.all());
            assertTrue(run.err().contains("the CMS answered with more than 16 MB for GET"), run.err());
            assertFalse(run.all().contains("OutOfMemoryError") || run.all().contains("internal error"), run.all());
        }
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    private static Run inProcess(String... args) {
        return InProcessCli.run(args);
    }

    private Run asProcess(String token, String... args) throws Exception {
        return asProcess(token, List.of(), args);
    }

    /** The CLI as the launcher runs it (cli/target/classes and its runtime classpath), the token in its environment. */
    private Run asProcess(String token, List<String> jvmOptions, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-Dcopydeck.home=" + ROOT, "-cp", ROOT.resolve("cli/target/classes")
                + java.io.File.pathSeparator + Files.readString(ROOT.resolve("cli/target/runtime.classpath")).trim(),
                "io.copydeck.cli.Main"));
        command.addAll(Arrays.asList(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(tmp.toFile());
        pb.environment().put("COPYDECK_STRAPI_TOKEN", token);
        Path out = tmp.resolve("stdout.txt");
        Path err = tmp.resolve("stderr.txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(2, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("copydeck " + String.join(" ", args) + " did not finish");
        }
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    /** A one-asset build output of campaign `probe`, as docs/outputs.md describes it. */
    private Path buildOutput() throws IOException {
        Path out = tmp.resolve("out");
        if (Files.exists(out)) {
            return out;
        }
        Files.createDirectories(out.resolve("assets"));
        Files.writeString(out.resolve("manifest.json"), "{\"campaign\":\"probe\",\"title\":\"Probe\",\"assets\":"
                + "[{\"id\":\"probe/sms/v1\",\"file\":\"assets/probe__sms__v1.json\"}]}");
        Files.writeString(out.resolve("assets/probe__sms__v1.json"), "{\"id\":\"probe/sms/v1\",\"campaign\":\"probe\","
                + "\"channel\":\"sms\",\"kind\":\"sms\",\"variant\":1,\"fields\":{\"text\":\"Hi\"},"
                + "\"files\":{\"txt\":\"probe__sms__v1.txt\"},\"status\":\"generated\"}");
        Files.writeString(out.resolve("assets/probe__sms__v1.txt"), "Hi\n");
        return out;
    }

    /** One request the fake saw. */
    record Request(String method, String uri, String authorization, String body) {}

    /** A canned answer: a JSON body, or a start followed by spaces up to {@code length} bytes, streamed. */
    record Answer(int status, String body, long length) {
        static Answer json(int status, String body) {
            return new Answer(status, body, -1);
        }

        static Answer streamed(String start, long length) {
            return new Answer(200, start, length);
        }
    }

    /** Just enough of Strapi's REST API for a publish, answering as {@code answers} says; it records every request. */
    static final class FakeStrapi implements AutoCloseable {
        private final HttpServer server;
        private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());

        FakeStrapi(Function<Request, Answer> answers) throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", exchange -> answer(exchange, answers));
            server.start();
        }

        /** The campaign exists; every write succeeds; no asset drafts yet. */
        static Answer happy(Request r) {
            if (r.method().equals("GET") && r.uri().startsWith("/api/copydeck-campaigns")) {
                return Answer.json(200, "{\"data\":[{\"documentId\":\"c1\",\"externalId\":\"probe\","
                        + "\"contentHash\":\"old\"}],\"meta\":{\"pagination\":{\"pageCount\":1}}}");
            }
            if (r.method().equals("GET")) {
                return Answer.json(200, "{\"data\":[],\"meta\":{\"pagination\":{\"pageCount\":1}}}");
            }
            return Answer.json(200, "{\"data\":{\"documentId\":\"d1\"}}");
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        List<Request> requests() {
            return List.copyOf(requests);
        }

        private void answer(HttpExchange exchange, Function<Request, Answer> answers) throws IOException {
            Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            requests.add(request);
            Answer answer = answers.apply(request);
            byte[] start = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            try (OutputStream body = exchange.getResponseBody()) {
                if (answer.length() < 0) {
                    exchange.sendResponseHeaders(answer.status(), start.length);
                    body.write(start);
                    return;
                }
                exchange.sendResponseHeaders(answer.status(), 0); // chunked: no length said up front
                body.write(start);
                byte[] spaces = new byte[64 * 1024];
                Arrays.fill(spaces, (byte) ' ');
                for (long left = answer.length() - start.length; left > 0; left -= spaces.length) {
                    body.write(spaces, 0, (int) Math.min(left, spaces.length));
                }
            } catch (IOException clientStoppedReading) {
                // what a bounded reader does
            }
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
