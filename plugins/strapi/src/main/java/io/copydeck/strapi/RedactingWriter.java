package io.copydeck.strapi;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * The publish command's out and err: every line passes through a {@link Redactor} before it reaches the user,
 * so no message, progress line or server text printed by the plugin (or by a build it runs) can carry a secret.
 * Whole lines are redacted at once, so a secret cannot slip through split across two writes.
 */
final class RedactingWriter extends Writer {
    private final Writer target;
    private final Redactor redactor;
    private final StringBuilder line = new StringBuilder();

    private RedactingWriter(Writer target, Redactor redactor) {
        this.target = target;
        this.redactor = redactor;
    }

    static PrintWriter around(Writer target, Redactor redactor) {
        return new PrintWriter(new RedactingWriter(target, redactor), true);
    }

    @Override
    public synchronized void write(char[] chars, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            line.append(chars[i]);
            if (chars[i] == '\n') {
                emit();
            }
        }
    }

    @Override
    public synchronized void flush() {
        emit();
        flushTarget();
    }

    @Override
    public synchronized void close() {
        flush(); // the target is the caller's: flushed, never closed
    }

    private void emit() {
        if (line.length() == 0) {
            return;
        }
        String redacted = redactor.redact(line.toString());
        line.setLength(0);
        try {
            target.write(redacted);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void flushTarget() {
        try {
            target.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
