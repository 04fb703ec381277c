package io.copydeck.dsl.plan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Seeds, derived one way everywhere: the first 8 bytes of SHA-256 over a key, as a non-negative
 * long. So a seed depends on what it is for (a job id, a take), never on order, JVM or machine.
 */
public final class Seeds {
    private Seeds() {}

    public static long of(String key) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            long s = 0;
            for (int i = 0; i < 8; i++) s = (s << 8) | (h[i] & 0xff);
            return s & Long.MAX_VALUE;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
