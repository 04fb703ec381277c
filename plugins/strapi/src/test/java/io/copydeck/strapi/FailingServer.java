package io.copydeck.strapi;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An in-process HTTP server that answers from a script of canned responses: only for injecting the failures a
 * real Strapi cannot be made to produce on demand (5xx, 429, lost answers). Happy paths run against real Strapi.
 */
final class FailingServer implements AutoCloseable {
    /**
     * One canned answer; a status of -1 closes the connection without answering. A positive {@code padTo} makes
     * the body that many bytes long: the body, then spaces, streamed in chunks (and declared up front as the
     * Content-Length when {@code declareLength}), as a runaway server would send them. {@code stall} sends the
     * headers and the start of the body, then nothing more for a minute, as a hung server does.
     */
    record Answer(int status, String body, String retryAfter, long padTo, boolean declareLength, boolean stall) {
        Answer(int status, String body, String retryAfter) {
            this(status, body, retryAfter, 0, true, false);
        }

        static Answer stall(String start) {
            return new Answer(200, start, null, 0, false, true);
        }

        static Answer of(int status, String body) {
            return new Answer(status, body, null);
        }

        static Answer dropConnection() {
            return new Answer(-1, "", null);
        }

        static Answer huge(String start, long bytes, boolean declareLength) {
            return new Answer(200, start, null, bytes, declareLength, false);
        }
    }

    /** What the server saw: method, path with query, the Authorization header, the request body. */
    record Seen(String method, String uri, String authorization, String body) {
    }

    private final HttpServer server;
    private final Deque<Answer> script = new ArrayDeque<>();
    private final List<Seen> seen = Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong bytesSent = new AtomicLong();
    /** Released when the server closes, so that a stalling answer ends with the test. */
    private final CountDownLatch stopped = new CountDownLatch(1);
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

    /** How many body bytes the server got to write before the client stopped reading (for padded answers). */
    long bytesSent() {
        return bytesSent.get();
    }

    private synchronized void handle(HttpExchange exchange) throws IOException {
        String requestBody = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        seen.add(new Seen(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                exchange.getRequestHeaders().getFirst("Authorization"), requestBody));
        Answer answer = script.isEmpty() ? fallback : script.poll();
        if (answer.status() < 0) {
            exchange.close(); // no status line: the client sees the connection end, as when Strapi dies mid-request
            return;
        }
        if (answer.padTo() > 0) {
            stream(exchange, answer);
            return;
        }
        if (answer.stall()) {
            stall(exchange, answer);
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

    private void stream(HttpExchange exchange, Answer answer) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(answer.status(), answer.declareLength() ? answer.padTo() : 0);
        byte[] start = answer.body().getBytes(StandardCharsets.UTF_8);
        byte[] spaces = new byte[64 * 1024];
        Arrays.fill(spaces, (byte) ' ');
        try (OutputStream body = exchange.getResponseBody()) {
            body.write(start);
            bytesSent.addAndGet(start.length);
            for (long left = answer.padTo() - start.length; left > 0; left -= spaces.length) {
                int n = (int) Math.min(left, spaces.length);
                body.write(spaces, 0, n);
                bytesSent.addAndGet(n);
            }
        } catch (IOException clientHungUp) {
            // the client stopped reading: what a bounded reader should do
        } finally {
            exchange.close();
        }
    }

    private void stall(HttpExchange exchange, Answer answer) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(answer.status(), 0);
        try (OutputStream body = exchange.getResponseBody()) {
            body.write(answer.body().getBytes(StandardCharsets.UTF_8));
            body.flush();
            stopped.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException | IOException e) {
            // stopped with the server, or the client hung up: what a bounded reader should do
        } finally {
            exchange.close();
        }
    }

    @Override
    public void close() {
        stopped.countDown();
        server.stop(0);
    }
}
