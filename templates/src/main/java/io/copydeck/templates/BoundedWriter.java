package io.copydeck.templates;

import java.io.IOException;
import java.io.Writer;

/** Collects a template's output and refuses to grow past a limit: a template cannot fill memory. */
final class BoundedWriter extends Writer {
    static final class LimitExceeded extends IOException {
        LimitExceeded(int limit) {
            super("the template wrote more than " + limit + " characters");
        }
    }

    private final StringBuilder out = new StringBuilder();
    private final int limit;

    BoundedWriter(int limit) {
        this.limit = limit;
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
        if (out.length() + len > limit) throw new LimitExceeded(limit);
        out.append(buf, off, len);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    @Override
    public String toString() {
        return out.toString();
    }
}
