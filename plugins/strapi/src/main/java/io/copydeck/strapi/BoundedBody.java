package io.copydeck.strapi;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Reads a response body up to a bound, streaming: a CMS (or whatever answers at --url) that sends more is cut
 * off after the bound, never held in memory whole. Strapi's answers to the publisher are a page of 100 ids and
 * hashes or one draft: kilobytes. The bound leaves room for drafts with long HTML while keeping the parsed tree
 * far from the heap's size.
 */
final class BoundedBody {
    /** 16 MiB. */
    static final int LIMIT = 16 * 1024 * 1024;

    /** The body was longer than the bound. */
    static final class TooLarge extends Exception {
        TooLarge() {
            super(null, null, false, false);
        }
    }

    private BoundedBody() {
    }

    /** The body arrived too slowly: {@code within} passed before its end. */
    static final class TooSlow extends Exception {
        TooSlow() {
            super(null, null, false, false);
        }
    }

    /** Closes the streams of answers that take too long; one daemon thread for every request. */
    private static final ScheduledExecutorService WATCH = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "copydeck-strapi-answer-deadline");
        t.setDaemon(true);
        return t;
    });

    /**
     * The body as UTF-8 text; the stream is closed (which drops the connection when the body was cut off). The
     * request's timeout covers only the wait for the headers, so the body has {@code within} of its own: a
     * server that sends its headers and then stalls is given up on, not waited for forever.
     */
    static String read(HttpResponse<InputStream> response, int limit, Duration within)
            throws IOException, TooLarge, TooSlow {
        try (InputStream in = response.body()) {
            long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (declared > limit) {
                throw new TooLarge(); // said so up front: read none of it
            }
            AtomicBoolean late = new AtomicBoolean();
            ScheduledFuture<?> deadline = WATCH.schedule(() -> {
                late.set(true);
                closeQuietly(in); // wakes the blocked read below
            }, within.toMillis(), TimeUnit.MILLISECONDS);
            byte[] bytes;
            try {
                bytes = in.readNBytes(limit + 1); // grows with what arrives, not allocated up front
            } catch (IOException e) {
                if (late.get()) throw new TooSlow();
                throw e;
            } finally {
                deadline.cancel(false);
            }
            if (late.get()) throw new TooSlow();
            if (bytes.length > limit) {
                throw new TooLarge();
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // closing is how the read is stopped; a failure to close leaves nothing to tell
        }
    }

    /** The bound in words, e.g. "16 MB". */
    static String describe(int limit) {
        return limit >= 1024 * 1024 ? limit / (1024 * 1024) + " MB" : limit + " bytes";
    }
}
