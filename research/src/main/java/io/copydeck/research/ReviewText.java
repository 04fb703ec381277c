package io.copydeck.research;

/** Whether a row's text is something to read: not empty, and words rather than digits, symbols or noise. */
final class ReviewText {
    /** Fewer letters than this and there is nothing to read ("ok" passes, "5" or "!!!" do not). */
    static final int MIN_LETTERS = 2;
    /** Below this share of letters among the visible characters a text is codes or noise, not words. */
    static final double MIN_LETTER_SHARE = 0.5;

    private ReviewText() {}

    /** Why the text is not analysed, or null when it is readable. */
    static String problem(String text) {
        if (text.isEmpty()) return "the text is empty";
        int letters = 0;
        int visible = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isWhitespace(c)) continue;
            visible++;
            if (Character.isLetter(c)) letters++;
            if (c == 0xfffd || Character.isISOControl(c)) return "the text holds control or replacement characters: not text";
        }
        if (letters < MIN_LETTERS) return "the text has no words (\"" + preview(text) + "\")";
        if (letters < MIN_LETTER_SHARE * visible) return "the text is mostly digits or symbols (\"" + preview(text) + "\"): not a review";
        return null;
    }

    private static String preview(String text) {
        String one = text.replaceAll("\\s+", " ");
        return one.length() <= 30 ? one : one.substring(0, 30) + "...";
    }
}
