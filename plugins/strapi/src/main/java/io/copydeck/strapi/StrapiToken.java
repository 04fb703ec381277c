package io.copydeck.strapi;

/** A Strapi API token. Its toString never shows it, so a stray log line or exception message cannot leak it. */
public final class StrapiToken {
    private final String secret;

    public StrapiToken(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("empty API token");
        }
        this.secret = secret.strip();
    }

    String authorizationHeader() {
        return "Bearer " + secret;
    }

    @Override
    public String toString() {
        return "StrapiToken[redacted]";
    }
}
