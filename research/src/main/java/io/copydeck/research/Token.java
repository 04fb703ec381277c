package io.copydeck.research;

/**
 * A word of a review as LanguageTool's tagger reads it: where it stands in the review's text (so that quotes
 * are spans of it), its lower-case form, its lemma, and the two parts of speech the research needs.
 */
record Token(String text, String lower, String lemma, boolean noun, boolean nounReading, boolean adjective, int start,
             int end) {
    boolean isWord() {
        return Character.isLetterOrDigit(text.codePointAt(0));
    }

    /** The word or its lemma is {@code form} (lower case): "batteries" is "battery", "waited" is "wait". */
    boolean is(String form) {
        return lower.equals(form) || lemma.equals(form);
    }
}
