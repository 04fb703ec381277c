package io.copydeck.compiler;

import java.io.IOException;

/**
 * `copydeck.lock` cannot be used: it is damaged (not JSON, not UTF-8, a folder, an unknown version)
 * or another copydeck holds it too long. The message names the file and what to do; the file is
 * left exactly as it is, since it holds an editor's approvals.
 */
public final class LockfileException extends IOException {
    public LockfileException(String message) {
        super(message);
    }

    public LockfileException(String message, Throwable cause) {
        super(message, cause);
    }
}
