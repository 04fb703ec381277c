package io.copydeck.support.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.copydeck.compiler.CompletionSource;
import io.copydeck.compiler.Gpt2ModelHandle;
import io.copydeck.dsl.check.Checker;
import io.copydeck.support.AnswerThresholds;
import io.copydeck.support.Answerer;
import io.copydeck.support.FactCatalogue;
import io.copydeck.support.ModelPhrasing;
import io.copydeck.support.QuestionFile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The load test of `serve` (docs/support.md): 20 concurrent clients for 60 s on loopback against two
 * specs with the shipped GPT-2 phrasing, every question of the panel's dev files in turn; 0 errors and
 * the heap after a full GC no more than 256 MB above where it started. Not in every run (a minute and
 * more): {@code mvn -pl support -am test -Dtest=ServeLoadTest -Dcopydeck.load=true
 * -Dsurefire.failIfNoSpecifiedTests=false}; {@code -Dcopydeck.load.seconds=N} shortens it. Prints the figures.
 */
class ServeLoadTest {
    static final int CLIENTS = 20;

    @Test
    void twentyClientsForAMinute() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("copydeck.load"), "the load test runs with -Dcopydeck.load=true");
        int seconds = Integer.getInteger("copydeck.load.seconds", 60);
        Path root = Path.of(System.getProperty("copydeck.root", ".."));
        Path modelDir = root.resolve("models/default");
        CompletionSource model = Files.isRegularFile(modelDir.resolve("config.json"))
                ? new Gpt2ModelHandle(modelDir, "cpu", 1).open() : null;
        List<String[]> specs = List.of(new String[] {"brightsmile-dental", "dental", "smile_spring"},
                new String[] {"ironbark-gym", "gym", "new_year_strong"});
        List<LiveSpec> live = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        for (String[] s : specs) {
            Path file = root.resolve("examples/support/" + s[0] + ".campaign");
            live.add(LiveSpec.load(file, f -> {
                try {
                    FactCatalogue c = FactCatalogue.of(Checker.check(f).spec());
                    return new Answerer(c, AnswerThresholds.DEFAULT,
                            model == null ? io.copydeck.support.Phrasing.NONE : new ModelPhrasing(model, c.language()));
                } catch (Exception e) {
                    throw new LiveSpec.Refused(String.valueOf(e.getMessage()));
                }
            }, l -> {}));
            for (var e : QuestionFile.read(root.resolve("examples/support/questions/dev-" + s[1] + ".jsonl"))) {
                bodies.add(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(
                        java.util.Map.of("question", e.question().question(), "spec", s[2])));
            }
        }
        System.gc();
        long heapBefore = usedHeap();
        List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        java.util.Queue<String> failures = new java.util.concurrent.ConcurrentLinkedQueue<>(); // the first few, said on failing
        try (AnswerServer server = new AnswerServer(live, "127.0.0.1", 0, "load-token", AnswerServer.Limits.DEFAULT, l -> {})) {
            server.start();
            URI uri = URI.create("http://127.0.0.1:" + server.port() + "/answer");
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                running.add(clients.submit(() -> {
                    int i = client;
                    while (System.nanoTime() < end) {
                        String body = bodies.get(i++ % bodies.size());
                        long t = System.nanoTime();
                        try {
                            HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri)
                                    .header("Authorization", "Bearer load-token")
                                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                            if (r.statusCode() != 200) {
                                errors.incrementAndGet();
                                if (failures.size() < 5) failures.add(r.statusCode() + " " + r.body() + " for " + body);
                            }
                        } catch (Exception e) {
                            errors.incrementAndGet();
                            if (failures.size() < 5) failures.add(e + " for " + body);
                        }
                        nanos.add(System.nanoTime() - t);
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) f.get();
            clients.shutdown();
        } finally {
            if (model != null) model.close();
        }
        System.gc();
        long heapAfter = usedHeap();
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        double p50 = sorted[(int) Math.ceil(0.50 * sorted.length) - 1] / 1e6;
        double p95 = sorted[(int) Math.ceil(0.95 * sorted.length) - 1] / 1e6;
        System.out.printf(java.util.Locale.ROOT,
                "serve load: %d clients, %d s, %d requests, %.0f req/s, p50 %.2f ms, p95 %.2f ms, %d errors, "
                        + "heap after GC %d MB -> %d MB, model %s%n",
                CLIENTS, seconds, sorted.length, sorted.length / (double) seconds, p50, p95, errors.get(),
                heapBefore >> 20, heapAfter >> 20, model == null ? "none" : "shipped GPT-2");
        assertEquals(0, errors.get(), () -> "requests that failed: " + failures);
        assertTrue(heapAfter - heapBefore < 256L << 20, "heap grew by " + ((heapAfter - heapBefore) >> 20) + " MB");
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
