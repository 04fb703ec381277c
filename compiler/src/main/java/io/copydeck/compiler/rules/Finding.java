package io.copydeck.compiler.rules;

/**
 * What a rule found wrong in a text: the rule's id, a message for a person, and where it is
 * ({@code start} inclusive, {@code end} exclusive, in chars of the checked text; both -1 when the
 * finding is about the whole text, such as a length or a missing line).
 */
public record Finding(String ruleId, String message, int start, int end) {
    public static Finding whole(String ruleId, String message) {
        return new Finding(ruleId, message, -1, -1);
    }

    public boolean hasSpan() {
        return start >= 0;
    }
}
