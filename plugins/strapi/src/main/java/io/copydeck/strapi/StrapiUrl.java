package io.copydeck.strapi;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * The rules for {@code --url}: Strapi's root URL, http or https, a host, a port a socket can have, no query or
 * fragment (API paths are appended to it), and no user name or password (they would not be sent: the API
 * token is the credential). A URL that breaks a rule is a usage error that says which rule and how to fix it,
 * quoting the URL with any password masked.
 */
final class StrapiUrl {
    private static final String EXAMPLE = "e.g. --url http://127.0.0.1:1337";
    private static final int HIGHEST_PORT = 65_535;

    private StrapiUrl() {
    }

    /** The URL as given, checked; without a trailing slash. */
    static URI parse(String given) throws UsageException {
        String shown = shown(given);
        if (given.isBlank()) {
            throw new UsageException("--url is empty: give the Strapi server's root URL, " + EXAMPLE);
        }
        if (given.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            throw new UsageException("--url " + shown + " contains a space or a control character: give the Strapi "
                    + "server's root URL, " + EXAMPLE + " (percent-encode a space in a path as %20)");
        }
        if (!given.contains("://")) {
            throw new UsageException("--url " + shown + " does not start with http:// or https://: write "
                    + "--url http://" + shown);
        }
        URI url;
        try {
            url = new URI(given);
        } catch (URISyntaxException e) {
            throw new UsageException("--url " + shown + " is not a URL (" + e.getReason() + " at character "
                    + (e.getIndex() + 1) + "): " + EXAMPLE);
        }
        if (url.getScheme() == null || !url.getScheme().matches("(?i)https?")) {
            throw new UsageException("--url " + shown + " is a " + url.getScheme() + ": URL; Strapi speaks http:// "
                    + "or https://, " + EXAMPLE);
        }
        if (url.getRawUserInfo() != null || url.getRawAuthority() != null && url.getRawAuthority().contains("@")) {
            throw new UsageException("--url " + shown + " carries a user name or password, which Copydeck does "
                    + "not send (the API token in " + PublishCommand.TOKEN_ENV + " is the credential): remove the "
                    + "part before @ from --url");
        }
        String port = portAsWritten(url);
        if (port != null && !port.isEmpty() && !(port.length() <= 5 && Integer.parseInt(port) >= 1
                && Integer.parseInt(port) <= HIGHEST_PORT)) {
            throw new UsageException("--url " + shown + " has port " + port + ", which no server can listen on: "
                    + "give a port from 1 to " + HIGHEST_PORT + " (Strapi's default is 1337), " + EXAMPLE);
        }
        if (url.getHost() == null) {
            throw new UsageException("--url " + shown + " has no host name a connection can be made to (letters, "
                    + "digits, - and . only): " + EXAMPLE);
        }
        if (url.getRawQuery() != null || url.getRawFragment() != null) {
            throw new UsageException("--url " + shown + " has a ?query or #fragment: give Strapi's root URL only, "
                    + EXAMPLE);
        }
        String s = url.toString();
        return URI.create(s.endsWith("/") ? s.substring(0, s.length() - 1) : s);
    }

    /** The URL as a message quotes it: whatever stands before an @ (a user name, a password) masked. */
    static String shown(String given) {
        return Redactor.patternsOnly().serverText(
                given.replaceFirst("^([a-zA-Z][a-zA-Z0-9+.-]*://)?.*@", "$1" + Redactor.MASK + "@"));
    }

    /**
     * The port's digits as written, or null. {@link URI} takes any number of digits and, past what an int holds,
     * keeps the authority only as text (no host, no port): so read them from the raw authority.
     */
    private static String portAsWritten(URI url) {
        String authority = url.getRawAuthority();
        if (authority == null) {
            return null;
        }
        int colon = authority.lastIndexOf(':');
        if (colon < 0 || colon < authority.lastIndexOf(']')) {
            return null; // none, or a colon inside an IPv6 literal
        }
        String digits = authority.substring(colon + 1);
        return digits.matches("\\d*") ? digits.replaceFirst("^0+(?=\\d)", "") : null;
    }
}
