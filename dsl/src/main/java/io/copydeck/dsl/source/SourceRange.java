package io.copydeck.dsl.source;

import java.nio.file.Path;

/**
 * Where something is in a file: offsets (end exclusive) and 1-based line/column of both ends.
 * Every node of the syntax tree and the model keeps one, so that any later stage can point back.
 */
public record SourceRange(Path file, int startOffset, int endOffset,
                          int startLine, int startColumn, int endLine, int endColumn) {

    public int length() { return endOffset - startOffset; }

    /** The smallest range covering both. */
    public SourceRange to(SourceRange other) {
        SourceRange first = startOffset <= other.startOffset ? this : other;
        SourceRange last = endOffset >= other.endOffset ? this : other;
        return new SourceRange(file, first.startOffset, last.endOffset,
                first.startLine, first.startColumn, last.endLine, last.endColumn);
    }

    @Override
    public String toString() {
        return file + ":" + startLine + ":" + startColumn;
    }
}
