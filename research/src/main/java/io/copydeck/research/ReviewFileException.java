package io.copydeck.research;

/** A review file that cannot be read at all (no text column, not found): the message names the file and the fix. */
public final class ReviewFileException extends Exception {
    public ReviewFileException(String message) {
        super(message);
    }
}
