package io.copydeck.strapi;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;

/**
 * An in-process HTTP server that answers from a script of canned responses: only for injecting the failures a
 * real Strapi cannot be made to produce on demand (5xx, 429, lost answers). Happy paths run against real Strapi.
 */
final class FailingServer implements AutoCloseable {
    /** One canned answer; a status of -1 closes the connection without answering. */
    record Answer(int status, String body, String retryAfter) {
        static Answer of(int status, String body) {
            return new Answer(status, body, null);
        }

        static Answer dropConnection() {
            return new Answer(-1, "", null);
        }
    }

    /** What the server saw: method, path with query, the Authorization header. */
    record Seen(String method, String uri, String authorization) {
    }

    private final HttpServer server;
    private final Deque<Answer> script = new ArrayDeque<>();
    private final List<Seen> seen = Collections.synchronizedList(new ArrayList<>());
    private Answer fallback = Answer.of(500, "{\"data\":null,\"error\":{\"status\":500,\"name\":\"InternalServerError\","
            + "\"message\":\"Internal Server Error\"}}");

    FailingServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    FailingServer then(Answer answer) {
        script.add(answer);
        return this;
    }

    FailingServer otherwise(Answer answer) {
        fallback = answer;
        return this;
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    List<Seen> seen() {
        return List.copyOf(seen);
    }

    private synchronized void handle(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        seen.add(new Seen(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                exchange.getRequestHeaders().getFirst("Authorization")));
        Answer answer = script.isEmpty() ? fallback : script.poll();
        if (answer.status() < 0) {
            exchange.close(); // no status line: the client sees the connection end, as when Strapi dies mid-request
            return;
        }
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        if (answer.retryAfter() != null) {
            exchange.getResponseHeaders().add("Retry-After", answer.retryAfter());
        }
        exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
