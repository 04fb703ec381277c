package io.copydeck.strapi;

/** A user's setting (an option, the token) that the publish cannot start with; its message says the fix. */
final class UsageException extends Exception {
    UsageException(String message) {
        super(message);
    }
}
