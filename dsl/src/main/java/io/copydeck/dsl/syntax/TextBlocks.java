package io.copydeck.dsl.syntax;

/** `"""` text: the first line break is dropped and the common leading indentation removed. */
final class TextBlocks {
    private TextBlocks() {}

    static String strip(String body) {
        String text = body.replace("\r\n", "\n");
        if (text.startsWith("\n")) text = text.substring(1);
        String[] lines = text.split("\n", -1);
        int indent = Integer.MAX_VALUE;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            boolean last = i == lines.length - 1;
            if (line.isBlank() && !last) continue;
            indent = Math.min(indent, leadingSpaces(line));
        }
        if (indent == Integer.MAX_VALUE) indent = 0;
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            boolean last = i == lines.length - 1;
            if (last && line.isBlank()) break;
            out.append(line.length() >= indent ? line.substring(indent) : line.strip());
            if (!last) out.append('\n');
        }
        String result = out.toString();
        return result.endsWith("\n") ? result.substring(0, result.length() - 1) : result;
    }

    private static int leadingSpaces(String line) {
        int n = 0;
        while (n < line.length() && (line.charAt(n) == ' ' || line.charAt(n) == '\t')) n++;
        return n;
    }
}
