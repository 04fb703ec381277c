package io.copydeck.compiler.output;

import java.io.IOException;

/** A folder is not a build output that docs/outputs.md describes, or one of its files cannot be read. */
public final class BuildOutputException extends IOException {
    public BuildOutputException(String message) {
        super(message);
    }
}
