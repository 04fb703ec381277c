package io.copydeck.compiler.output;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * The text a recipient is sent, from an asset's rendered files: HTML tags dropped and the entities the
 * layouts write decoded, spaces collapsed. The verifier checks the asset rules on it; whoever reads a
 * build output back (an evaluation) reads the same text through {@link #of(Map)}.
 */
public final class SentText {
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern LINE_SPACE = Pattern.compile("[ \\t\\x0B\\f\\r]+");
    private static final Pattern BLANK_LINES = Pattern.compile("\\s*\\n\\s*");

    private SentText() {}

    /** One rendered file as read: its tags dropped when it is HTML, its spaces collapsed. */
    public static String of(String extension, String content) {
        return SPACE.matcher(untagged(extension, content, " ")).replaceAll(" ");
    }

    private static String untagged(String extension, String content, String tagReplacement) {
        if (!extension.equals("html")) return content;
        return TAG.matcher(content).replaceAll(tagReplacement).replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }

    /** Every rendered file (by extension, in order), one line each: what the asset rules check. */
    public static String of(Map<String, String> renderedByExtension) {
        StringBuilder s = new StringBuilder();
        renderedByExtension.forEach((ext, content) -> s.append(of(ext, content)).append('\n'));
        return s.toString();
    }

    /**
     * The text a recipient reads, once: the plain-text file where the asset has one (an email's .txt
     * says what its .html says), else its Markdown, else its HTML; empty for a failed asset. Lines are
     * kept (an HTML element ends one), so a heading and the text after it are not one run of words;
     * spaces within a line are collapsed, blank lines dropped.
     */
    public static String read(Map<String, String> renderedByExtension) {
        for (String ext : new String[] {"txt", "md", "html"}) {
            String content = renderedByExtension.get(ext);
            if (content != null) {
                String lines = LINE_SPACE.matcher(untagged(ext, content, "\n")).replaceAll(" ");
                return BLANK_LINES.matcher(lines).replaceAll("\n").strip();
            }
        }
        return "";
    }
}
