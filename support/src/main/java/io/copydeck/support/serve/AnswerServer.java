package io.copydeck.support.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.copydeck.support.Answer;
import io.copydeck.support.Answerer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * `copydeck serve`: the answerer as an HTTP JSON API on the JDK's own server
 * ({@code com.sun.net.httpserver}, no dependency for two routes), with a bounded pool of worker threads.
 * {@code POST /answer {"question": ..., "spec": CAMPAIGN}} gives the answer object of `copydeck answer`;
 * {@code GET /health} the specs served and any reload problem. Every refusal is a 4xx JSON object
 * {@code {"error": ..., "status": N}}: bad JSON, a missing, empty or oversized question, an unknown
 * spec, a body over {@link Limits#bodyBytes}, a wrong method or path, a missing or wrong bearer token.
 * An answer that takes longer than {@link Limits#answerMillis} is a 503. Specs are polled for changes.
 */
public final class AnswerServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The bounds of a request. */
    public record Limits(int bodyBytes, int questionChars, long answerMillis, int threads, long pollMillis) {
        public static final Limits DEFAULT = new Limits(16 * 1024, Answerer.MOST_QUESTION_CHARS, 10_000, 8, 1000);
    }

    private final List<LiveSpec> specs;
    private final Limits limits;
    private final byte[] tokenHash;
    private final Consumer<String> log;
    private final HttpServer server;
    private final ThreadPoolExecutor workers;
    private final ExecutorService answering;
    private final ScheduledExecutorService poller;

    /**
     * @param token the bearer token every request must carry, or null for none; kept only as its hash
     */
    public AnswerServer(List<LiveSpec> specs, String host, int port, String token, Limits limits, Consumer<String> log)
            throws IOException {
        this.specs = List.copyOf(specs);
        this.limits = limits;
        this.tokenHash = token == null || token.isEmpty() ? null : sha256(token);
        this.log = log;
        this.server = HttpServer.create(new InetSocketAddress(host, port), 64);
        // A full queue makes the dispatcher answer the request itself: back-pressure, not a dropped client.
        this.workers = new ThreadPoolExecutor(limits.threads(), limits.threads(), 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(256), daemon("copydeck-serve"), new ThreadPoolExecutor.CallerRunsPolicy());
        this.answering = Executors.newFixedThreadPool(limits.threads(), daemon("copydeck-answer"));
        this.poller = Executors.newSingleThreadScheduledExecutor(daemon("copydeck-reload"));
        server.setExecutor(workers);
        server.createContext("/", this::handle);
    }

    public void start() {
        server.start();
        poller.scheduleWithFixedDelay(() -> specs.forEach(LiveSpec::poll), limits.pollMillis(), limits.pollMillis(),
                TimeUnit.MILLISECONDS);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        poller.shutdownNow();
        server.stop(0);
        workers.shutdownNow();
        answering.shutdownNow();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            String method = ex.getRequestMethod();
            if (!path.equals("/answer") && !path.equals("/health")) {
                send(ex, 404, error(404, "no such path " + printable(path) + "; use POST /answer or GET /health"));
                return;
            }
            if (!authorised(ex)) {
                ex.getResponseHeaders().set("WWW-Authenticate", "Bearer");
                send(ex, 401, error(401, "missing or wrong bearer token (Authorization: Bearer ...)"));
                return;
            }
            if (path.equals("/health")) {
                if (!method.equals("GET")) {
                    methodNotAllowed(ex, "GET");
                    return;
                }
                send(ex, 200, health());
                return;
            }
            if (!method.equals("POST")) {
                methodNotAllowed(ex, "POST");
                return;
            }
            answer(ex);
        } catch (IOException | RuntimeException e) {
            // A client that went away mid-request, or a bug: said once in the log, the server keeps serving.
            log.accept("request failed: " + e);
        }
    }

    private void answer(HttpExchange ex) throws IOException {
        String length = ex.getRequestHeaders().getFirst("Content-Length");
        if (length != null) {
            try {
                if (Long.parseLong(length.strip()) > limits.bodyBytes()) {
                    send(ex, 413, error(413, "the body is larger than " + limits.bodyBytes() + " bytes"));
                    return;
                }
            } catch (NumberFormatException e) {
                send(ex, 400, error(400, "Content-Length is not a number"));
                return;
            }
        }
        byte[] body = readAtMost(ex.getRequestBody(), limits.bodyBytes());
        if (body == null) {
            send(ex, 413, error(413, "the body is larger than " + limits.bodyBytes() + " bytes"));
            return;
        }
        JsonNode request;
        try {
            request = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            send(ex, 400, error(400, "the body is not JSON; send {\"question\": \"...\"}"));
            return;
        }
        if (request == null || !request.isObject()) {
            send(ex, 400, error(400, "the body is not a JSON object; send {\"question\": \"...\"}"));
            return;
        }
        JsonNode q = request.get("question");
        if (q == null || q.isNull()) {
            send(ex, 400, error(400, "no \"question\"; send {\"question\": \"...\"}"));
            return;
        }
        if (!q.isTextual()) {
            send(ex, 400, error(400, "\"question\" is not a string"));
            return;
        }
        String question = q.asText();
        if (question.isBlank()) {
            send(ex, 400, error(400, "\"question\" is empty"));
            return;
        }
        if (question.length() > limits.questionChars()) {
            send(ex, 413, error(413, "\"question\" is longer than " + limits.questionChars() + " characters"));
            return;
        }
        LiveSpec spec = select(ex, request.get(request.has("spec") ? "spec" : "campaign"));
        if (spec == null) return;
        Answerer answerer = spec.answerer();
        Future<Answer> pending = answering.submit(() -> answerer.answer(question));
        Answer a;
        try {
            a = pending.get(limits.answerMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            send(ex, 503, error(503, "the answer took longer than " + limits.answerMillis() + " ms; try again"));
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            send(ex, 503, error(503, "the server is stopping"));
            return;
        } catch (ExecutionException e) {
            log.accept("answer failed: " + e.getCause());
            send(ex, 500, error(500, "internal error while answering"));
            return;
        }
        Map<String, Object> out = a.asJson();
        out.put("spec", spec.campaign());
        send(ex, 200, out);
    }

    /** The spec a request names (by campaign id), or the only one; null after answering why not. */
    private LiveSpec select(HttpExchange ex, JsonNode name) throws IOException {
        if (name == null || name.isNull()) {
            if (specs.size() == 1) return specs.get(0);
            send(ex, 400, error(400, "several specs are served; name one with \"spec\": " + campaigns()));
            return null;
        }
        if (!name.isTextual()) {
            send(ex, 400, error(400, "\"spec\" is not a string"));
            return null;
        }
        for (LiveSpec s : specs) {
            if (s.campaign().equals(name.asText())) return s;
        }
        send(ex, 404, error(404, "no spec " + printable(name.asText()) + " is served; served: " + campaigns()));
        return null;
    }

    private List<String> campaigns() {
        return specs.stream().map(LiveSpec::campaign).toList();
    }

    private Map<String, Object> health() {
        List<Map<String, Object>> served = new ArrayList<>();
        for (LiveSpec s : specs) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("spec", s.campaign());
            m.put("file", s.file().toString());
            m.put("facts", s.answerer().catalogue().facts().size());
            if (s.problem() != null) m.put("problem", s.problem());
            served.add(m);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("status", "ok");
        out.put("specs", served);
        return out;
    }

    private boolean authorised(HttpExchange ex) {
        if (tokenHash == null) return true;
        String header = ex.getRequestHeaders().getFirst("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) return false;
        // Both sides hashed to 32 bytes, then compared in constant time: no length or prefix leaks by timing.
        return MessageDigest.isEqual(tokenHash, sha256(header.substring(7).strip()));
    }

    private void methodNotAllowed(HttpExchange ex, String allowed) throws IOException {
        ex.getResponseHeaders().set("Allow", allowed);
        send(ex, 405, error(405, ex.getRequestURI().getPath() + " takes " + allowed + " only"));
    }

    private static Map<String, Object> error(int status, String message) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("error", message);
        m.put("status", status);
        return m;
    }

    private static void send(HttpExchange ex, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** The stream's bytes, or null when there are more than {@code most}. */
    private static byte[] readAtMost(InputStream in, int most) throws IOException {
        byte[] bytes = in.readNBytes(most + 1);
        return bytes.length > most ? null : bytes;
    }

    private static String printable(String s) {
        String cut = s.length() > 80 ? s.substring(0, 80) + "…" : s;
        return "`" + io.copydeck.dsl.text.Printable.line(cut) + "`";
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
