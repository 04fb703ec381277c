package io.copydeck.research;

/** Text made safe inside HTML elements and attribute values: every review's words pass through here. */
final class Html {
    private Html() {}

    static String escape(String s) {
        if (s == null) return "";
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // Control characters are not allowed in HTML text (and would break the XML check).
                    if (c < 0x20 && c != '\n' && c != '\t') out.append(' ');
                    else out.append(c);
                }
            }
        }
        return out.toString();
    }
}
