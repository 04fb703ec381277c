package io.copydeck.dsl.source;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * The text of one `.campaign` file, with a line index so that offsets turn into
 * line:column positions cheaply. Columns count UTF-16 code units, 1-based.
 */
public final class SourceFile {
    private final Path path;
    private final String text;
    private final int[] lineStarts;

    public SourceFile(Path path, String text) {
        this.path = path;
        this.text = text;
        this.lineStarts = indexLines(text);
    }

    private static int[] indexLines(String text) {
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (count == starts.length) starts = Arrays.copyOf(starts, count * 2);
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    public Path path() { return path; }
    public String text() { return text; }
    public int lineCount() { return lineStarts.length; }

    /** The name to show in messages: the path as given. */
    public String displayName() { return path.toString(); }

    /** 1-based line of an offset. */
    public int lineOf(int offset) {
        int i = Arrays.binarySearch(lineStarts, Math.max(0, Math.min(offset, text.length())));
        return (i >= 0 ? i : -i - 2) + 1;
    }

    /** 1-based column of an offset. */
    public int columnOf(int offset) {
        int clamped = Math.max(0, Math.min(offset, text.length()));
        return clamped - lineStarts[lineOf(clamped) - 1] + 1;
    }

    public int offsetOf(int line, int column) {
        int l = Math.max(1, Math.min(line, lineStarts.length));
        return Math.min(text.length(), lineStarts[l - 1] + column - 1);
    }

    /** The text of a 1-based line without its line break. */
    public String lineText(int line) {
        if (line < 1 || line > lineStarts.length) return "";
        int start = lineStarts[line - 1];
        int end = line < lineStarts.length ? lineStarts[line] - 1 : text.length();
        if (end > start && text.charAt(end - 1) == '\r') end--;
        return text.substring(start, Math.max(start, end));
    }

    /** A range between two offsets (end exclusive). */
    public SourceRange range(int start, int end) {
        int s = Math.max(0, Math.min(start, text.length()));
        int e = Math.max(s, Math.min(end, text.length()));
        // One line search per end: every node of the syntax tree comes through here.
        int startLine = lineOf(s);
        int endLine = e == s ? startLine : lineOf(e);
        return new SourceRange(path, s, e, startLine, s - lineStarts[startLine - 1] + 1,
                endLine, e - lineStarts[endLine - 1] + 1);
    }
}
