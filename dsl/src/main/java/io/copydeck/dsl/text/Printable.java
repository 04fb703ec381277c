package io.copydeck.dsl.text;

/**
 * Text made safe for a terminal. A spec, a file name or an argument may hold control characters
 * (ESC ] 0 ; title BEL retitles the window, ESC [ 2 J clears it, a bidi override reorders what is
 * read); printed raw, they act instead of showing. Each such character is written as the
 * language's own escape, a backslash, `u` and four hex digits (`\` `u001B` for ESC), so what is
 * shown is what one would type in a spec to get it.
 * Line breaks and tabs stay: messages span lines and source lines keep their indentation.
 */
public final class Printable {
    private Printable() {}

    /** The text with every control character but line feed and tab escaped; null stays null. */
    public static String escape(String text) {
        return escape(text, true);
    }

    /** As {@link #escape(String)}, for one line: a line feed is escaped too (it could start a fake line). */
    public static String line(String text) {
        return escape(text, false);
    }

    /** How many characters {@code c} takes on one line once escaped: 1, or 6 for an escape. */
    public static int width(char c) {
        return c == '\n' || needsEscape(c) ? 6 : 1;
    }

    private static String escape(String text, boolean keepLineFeeds) {
        if (text == null) return null;
        int i = 0;
        while (i < text.length() && shown(text.charAt(i), keepLineFeeds)) i++;
        if (i == text.length()) return text;
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (shown(c, keepLineFeeds)) out.append(c);
            else out.append(String.format("\\u%04X", (int) c));
        }
        return out.toString();
    }

    private static boolean shown(char c, boolean keepLineFeeds) {
        return c == '\n' ? keepLineFeeds : !needsEscape(c);
    }

    /**
     * C0 controls but tab and line feed, DEL, the C1 controls (U+0080 to U+009F, which some
     * terminals obey as ESC sequences), and the bidirectional embeddings, overrides and isolates.
     */
    public static boolean needsEscape(char c) {
        if (c == '\n' || c == '\t') return false;
        return c < 0x20 || (c >= 0x7f && c <= 0x9f)
                || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
    }
}
