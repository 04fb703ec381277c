package io.copydeck.strapi;

/**
 * A Strapi API token. Its toString never shows it, so a stray log line or exception message cannot leak it.
 * The rule for what a token may hold is here: visible ASCII only. A line break or other control character
 * (a token pasted with its newline, a Windows file's \r) would make an invalid Authorization header, which the
 * HTTP client reports with the header, token and all; so such a token is refused before any request.
 */
public final class StrapiToken {
    private final String secret;

    public StrapiToken(String secret) {
        String problem = problemWith(secret);
        if (problem != null) {
            throw new IllegalArgumentException("the API token " + problem);
        }
        this.secret = secret.strip();
    }

    /** The token from {@link PublishCommand#TOKEN_ENV}, or a usage error that says what is wrong without showing it. */
    static StrapiToken fromEnvironment(String secret) throws UsageException {
        String problem = problemWith(secret);
        if (problem != null) {
            throw new UsageException(PublishCommand.TOKEN_ENV + " " + problem);
        }
        return new StrapiToken(secret);
    }

    /** What makes this not a sendable token (leading and trailing white space aside), or null. */
    private static String problemWith(String secret) {
        if (secret == null || secret.isBlank()) {
            return "is not set: set it to a Strapi API token (Settings → API Tokens: full access, or "
                    + "find/create/update on copydeck-asset and copydeck-campaign)";
        }
        String token = secret.strip();
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c < 0x21 || c > 0x7e) {
                String what = c == '\n' || c == '\r' ? "a line break" : Character.isISOControl(c)
                        ? "a control character" : Character.isWhitespace(c) ? "a space" : "a character outside ASCII";
                return "holds " + what + " at character " + (i + 1) + " of " + token.length() + " (not shown): "
                        + "a Strapi API token is one line of letters and digits; set it again, e.g. without the "
                        + "line break a copied file or `echo` added";
            }
        }
        return null;
    }

    String authorizationHeader() {
        return "Bearer " + secret;
    }

    /** The token as given, for a {@link Redactor} to mask; never printed. */
    String secretForRedaction() {
        return secret;
    }

    @Override
    public String toString() {
        return "StrapiToken[redacted]";
    }
}
