package io.copydeck.strapi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Takes secrets out of text before it leaves the plugin: the API token (whole, and each piece of it a line
 * break would split it into), any {@code Bearer …} or {@code Authorization: …} a server echoes back, and the
 * user name and password of any {@code scheme://user:password@host} URL. Each becomes {@value #MASK}.
 * Over-redacting is harmless; one leaked token is not.
 */
final class Redactor {
    static final String MASK = "***";
    /** How much of a server's own error text a message quotes: enough to read, not a page of HTML. */
    static final int SERVER_TEXT_LIMIT = 300;

    private static final Pattern AUTHORIZATION = Pattern.compile(
            "(?i)\\b((?:proxy-)?authorization\"?\\s*[:=]\\s*\"?)[^\\r\\n\"',;}]+");
    private static final Pattern SCHEME_CREDENTIAL = Pattern.compile("(?i)\\b(bearer|basic)\\s+[^\\s\"',;}]+");
    private static final Pattern URL_USERINFO = Pattern.compile("(?i)\\b([a-z][a-z0-9+.-]*://)[^/?#\\s]*@");
    /** Pieces of a token shorter than this are not searched for alone: they would mask ordinary words. */
    private static final int SHORTEST_PIECE = 4;

    private final List<String> secrets;

    private Redactor(List<String> secrets) {
        this.secrets = secrets;
    }

    /** Masks only the patterns: for text printed before any secret is known. */
    static Redactor patternsOnly() {
        return new Redactor(List.of());
    }

    /** Masks the patterns and this token, as given (possibly with line breaks) and stripped. */
    static Redactor knowing(String token) {
        if (token == null || token.isBlank()) {
            return patternsOnly();
        }
        List<String> secrets = new ArrayList<>();
        secrets.add(token);
        secrets.add(token.strip());
        for (String piece : token.split("[\\p{Cntrl}\\s]+")) {
            if (piece.length() >= SHORTEST_PIECE) {
                secrets.add(piece);
            }
        }
        // Longest first, so the whole token is masked before a piece of it could leave the rest behind.
        secrets.sort(Comparator.comparingInt(String::length).reversed());
        return new Redactor(List.copyOf(secrets));
    }

    String redact(String text) {
        if (text == null) {
            return null;
        }
        String s = text;
        for (String secret : secrets) {
            if (!secret.isEmpty()) {
                s = s.replace(secret, MASK);
            }
        }
        s = AUTHORIZATION.matcher(s).replaceAll("$1" + MASK);
        s = SCHEME_CREDENTIAL.matcher(s).replaceAll("$1 " + MASK);
        return URL_USERINFO.matcher(s).replaceAll("$1" + MASK + "@");
    }

    /**
     * A server's own words, fit to quote in a message: secrets masked, control characters (a terminal escape,
     * a line break that would forge a line of output) shown as \\uXXXX, and cut to {@value #SERVER_TEXT_LIMIT}
     * characters.
     */
    String serverText(String text) {
        String s = redact(text);
        StringBuilder b = new StringBuilder();
        int i = 0;
        for (; i < s.length() && b.length() < SERVER_TEXT_LIMIT; i++) {
            char c = s.charAt(i);
            b.append(Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return i < s.length() ? b + "… (cut: " + s.length() + " characters in all)" : b.toString();
    }

    /**
     * The same failure with every message in its cause chain redacted and the stack traces kept: a bug still
     * reports as a bug (the CLI prints it whole), without the token an exception's message may quote.
     */
    RuntimeException scrub(Throwable e) {
        Redacted copy = new Redacted(redact(e.toString()), e.getCause() == null ? null : scrub(e.getCause()));
        copy.setStackTrace(e.getStackTrace());
        return copy;
    }

    /** A failure whose text was redacted; its toString is that text alone (the original's class name leads it). */
    static final class Redacted extends RuntimeException {
        Redacted(String text, Throwable cause) {
            super(text, cause);
        }

        @Override
        public String toString() {
            return getMessage();
        }
    }
}
