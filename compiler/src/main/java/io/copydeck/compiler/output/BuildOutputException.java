package io.copydeck.strapi;

/** The folder given to --from is not a build output that docs/outputs.md describes. */
public final class BuildOutputException extends Exception {
    public BuildOutputException(String message) {
        super(message);
    }
}
