package io.copydeck.strapi;

import java.time.Duration;

/**
 * Bounded retries with exponential backoff: first, 2×first, 4×first … capped at max. A 429's Retry-After is
 * honoured up to the cap. No jitter: one publisher talks to one Strapi, so there is no herd to spread.
 */
public record RetryPolicy(int maxAttempts, Duration firstBackoff, Duration maxBackoff, Sleeper sleeper) {

    /** Sleeps between attempts; tests pass one that records instead of waiting. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration d) throws InterruptedException;
    }

    public static RetryPolicy standard(int retries, Duration firstBackoff) {
        return new RetryPolicy(retries + 1, firstBackoff, Duration.ofSeconds(10),
                d -> Thread.sleep(d.toMillis()));
    }

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    /** The wait before attempt {@code attempt + 1}, after attempt {@code attempt} (1-based) failed. */
    Duration backoff(int attempt, Duration retryAfter) {
        if (retryAfter != null) {
            return retryAfter.compareTo(maxBackoff) > 0 ? maxBackoff : retryAfter;
        }
        Duration d = firstBackoff.multipliedBy(1L << Math.min(attempt - 1, 20));
        return d.compareTo(maxBackoff) > 0 ? maxBackoff : d;
    }
}
