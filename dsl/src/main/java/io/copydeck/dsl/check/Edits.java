package io.copydeck.dsl.check;

import io.copydeck.dsl.diag.TextEdit;
import io.copydeck.dsl.source.SourceFile;
import io.copydeck.dsl.source.SourceRange;

/** Text edits that suggested fixes share. */
final class Edits {
    private Edits() {}

    /**
     * Adds {@code line} just before the closing brace of the block spanning {@code block},
     * indented one level deeper than the block's first line (or inline for a one-line block).
     */
    static TextEdit insertBeforeClose(SourceFile source, SourceRange block, String line) {
        int close = block.endOffset() - 1;
        int closeLine = source.lineOf(close);
        String before = source.lineText(closeLine).substring(0, Math.max(0, source.columnOf(close) - 1));
        String indent = leadingWhitespace(source.lineText(block.startLine()));
        if (before.isBlank()) {
            int lineStart = source.offsetOf(closeLine, 1);
            return new TextEdit(source.range(lineStart, lineStart), indent + "  " + line + "\n");
        }
        return new TextEdit(source.range(close, close), " " + line + " ");
    }

    private static String leadingWhitespace(String line) {
        int n = 0;
        while (n < line.length() && Character.isWhitespace(line.charAt(n))) n++;
        return line.substring(0, n);
    }
}
