package io.copydeck.strapi;

import java.time.Duration;

/** Strapi said no, or could not be reached; {@link Kind} tells the publisher whether to go on. */
public final class StrapiException extends Exception {
    public enum Kind {
        /** 401/403: the token is wrong, expired, or lacks permissions. Nothing else will work either. */
        AUTH,
        /** 404: no such content type (not installed) or a wrong URL; or, for one document, deleted meanwhile. */
        NOT_FOUND,
        /** Another 4xx: Strapi rejected this entry (validation); other entries may still go through. */
        REJECTED,
        /** 5xx or 429 after every retry. */
        SERVER,
        /** No HTTP answer (refused, reset, timed out) after every retry. */
        UNREACHABLE,
        /** An answer past the size bound: not Strapi, or not its API. A retry would get the same. */
        OVERSIZED
    }

    private final Kind kind;
    private final int status;
    private Duration retryAfter;

    /** @param message what happened and what to do; already redacted (see {@link Redactor}) */
    StrapiException(Kind kind, int status, String message) {
        super(message);
        this.kind = kind;
        this.status = status;
    }

    /** Remembers a 429's or 503's Retry-After, which the backoff honours. */
    StrapiException retryAfter(Duration wait) {
        this.retryAfter = wait;
        return this;
    }

    Duration retryAfter() {
        return retryAfter;
    }

    /** A retry may fix it: no answer, 5xx, or 429. */
    boolean retryable() {
        return kind == Kind.SERVER || kind == Kind.UNREACHABLE;
    }

    StrapiException gaveUpAfter(int attempts) {
        return new StrapiException(kind, status, getMessage() + " [gave up after " + attempts + " attempts]");
    }

    public Kind kind() {
        return kind;
    }

    /** The HTTP status, or 0 when there was no answer. */
    public int status() {
        return status;
    }

    /** Every later request would fail the same way (bad token, server down): stop, and let a rerun finish. */
    boolean stopsThePublish() {
        return kind == Kind.AUTH || kind == Kind.SERVER || kind == Kind.UNREACHABLE || kind == Kind.OVERSIZED;
    }
}
