package io.copydeck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.copydeck.support.serve.AnswerServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** `copydeck serve` as started from the command line (no model); the routes are AnswerServerTest's. */
class ServeCommandTest {
    private static String spec(String name) {
        return CliTest.examples().resolve("support/" + name + ".campaign").toString();
    }

    @Test
    void startsOnLoopbackAndAnswers() throws Exception {
        ServeCommand command = new ServeCommand();
        AtomicReference<AnswerServer> started = new AtomicReference<>();
        command.started = started::set;
        StringWriter err = new StringWriter();
        CommandLine cli = Main.configure(new CommandLine(command));
        cli.setErr(new PrintWriter(err, true));
        assertEquals(0, cli.execute(spec("brightsmile-dental"), "--port", "0", "--no-model"), err.toString());
        try (AnswerServer server = started.get()) {
            assertTrue(err.toString().contains("serving 1 spec (smile_spring) on http://127.0.0.1:"), err.toString());
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.port() + "/answer"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"question\": \"Can I pay by card?\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(r.body().contains("support.policy.payment"), r.body());
        }
    }

    @Test
    void aSpecWithErrorsOrABadPortDoesNotStart() {
        CliTest.Run bad = CliTest.run("serve", CliTest.examples().resolve("mistakes.campaign").toString(), "--no-model", "--port", "0");
        assertEquals(1, bad.exit());
        assertTrue(bad.err().contains("error[E201]"), bad.err());
        assertFalse(bad.err().contains("Exception"), bad.err());
        CliTest.Run port = CliTest.run("serve", spec("brightsmile-dental"), "--no-model", "--port", "70000");
        assertEquals(2, port.exit());
        assertTrue(port.err().contains("--port must be"), port.err());
    }
}
