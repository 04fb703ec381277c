package io.copydeck.dsl.syntax;

/**
 * ANTLR's {@code CharStreams.fromString} numbers characters by code point, while the rest of
 * the front end (SourceFile, editors, LSP) counts UTF-16 units. They differ after every
 * character outside the Basic Multilingual Plane (emoji), so token positions are translated here.
 */
final class CodePointOffsets {
    /** UTF-16 offset of each code point index, or null when the two agree (no surrogate pairs). */
    private final int[] utf16ByCodePoint;

    CodePointOffsets(String text) {
        int codePoints = text.codePointCount(0, text.length());
        if (codePoints == text.length()) {
            utf16ByCodePoint = null;
            return;
        }
        utf16ByCodePoint = new int[codePoints + 1];
        int offset = 0;
        for (int i = 0; i < codePoints; i++) {
            utf16ByCodePoint[i] = offset;
            offset += Character.charCount(text.codePointAt(offset));
        }
        utf16ByCodePoint[codePoints] = offset;
    }

    /** The UTF-16 offset of a code point index; indices outside the text are clamped by the caller. */
    int utf16(int codePointIndex) {
        if (utf16ByCodePoint == null || codePointIndex < 0) return codePointIndex;
        return utf16ByCodePoint[Math.min(codePointIndex, utf16ByCodePoint.length - 1)];
    }
}
