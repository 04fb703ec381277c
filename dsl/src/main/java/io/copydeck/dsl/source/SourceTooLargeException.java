package io.copydeck.dsl.source;

/**
 * A file larger than the bytes it was allowed: the per-file cap, or what is left of a spec's budget
 * once its other files are read. {@code size} is the file's size in bytes, as far as it was read.
 */
public final class SourceTooLargeException extends SourceReadException {
    private final long size;

    public SourceTooLargeException(String message, long size) {
        super(message, false, null, 0);
        this.size = size;
    }

    public long size() { return size; }
}
