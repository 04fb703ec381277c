package io.copydeck.dsl.source;

/**
 * A file that could not become a {@link SourceFile}. {@code ioProblem} is true when the file
 * could not be read at all (missing, permissions), false when its content is the problem
 * (binary, not UTF-8, too large); {@code offset} is where in the file, when known.
 */
public class SourceReadException extends Exception {
    private final boolean ioProblem;
    private final SourceFile partial;
    private final int offset;

    public SourceReadException(String message, boolean ioProblem, SourceFile partial, int offset) {
        super(message);
        this.ioProblem = ioProblem;
        this.partial = partial;
        this.offset = offset;
    }

    public boolean ioProblem() { return ioProblem; }

    /** What could be decoded, for showing the line of a content problem; may be null. */
    public SourceFile partial() { return partial; }

    public int offset() { return offset; }
}
