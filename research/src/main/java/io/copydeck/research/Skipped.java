package io.copydeck.research;

/** A row that is not analysed, with where it is and why: nothing read is dropped without one. */
public record Skipped(String file, long line, String reason) {
    @Override
    public String toString() {
        return file + ":" + line + ": " + reason;
    }
}
