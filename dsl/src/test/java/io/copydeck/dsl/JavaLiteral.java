package io.copydeck.dsl;

/**
 * Text as a Java string literal: failure reports quote fuzzed input, whose raw NULs and lone
 * surrogates would cut the report short (Surefire stops at a NUL) or garble it.
 */
final class JavaLiteral {
    private static final int MAX_SHOWN = 1_500;

    private JavaLiteral() {}

    static String of(String text) {
        StringBuilder out = new StringBuilder("\"");
        String shown = text.length() > MAX_SHOWN ? text.substring(0, MAX_SHOWN) : text;
        for (char c : shown.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> {
                    if (c < 0x20 || c >= 0x7f) out.append(String.format("\\u%04X", (int) c));
                    else out.append(c);
                }
            }
        }
        out.append('"');
        if (text.length() > shown.length()) out.append(" ... (").append(text.length()).append(" chars)");
        return out.toString();
    }
}
