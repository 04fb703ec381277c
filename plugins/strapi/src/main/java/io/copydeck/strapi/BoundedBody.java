package io.copydeck.strapi;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

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

    /** The body as UTF-8 text; the stream is closed (which drops the connection when the body was cut off). */
    static String read(HttpResponse<InputStream> response, int limit) throws IOException, TooLarge {
        try (InputStream in = response.body()) {
            long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (declared > limit) {
                throw new TooLarge(); // said so up front: read none of it
            }
            byte[] bytes = in.readNBytes(limit + 1); // grows with what arrives, not allocated up front
            if (bytes.length > limit) {
                throw new TooLarge();
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /** The bound in words, e.g. "16 MB". */
    static String describe(int limit) {
        return limit >= 1024 * 1024 ? limit / (1024 * 1024) + " MB" : limit + " bytes";
    }
}
