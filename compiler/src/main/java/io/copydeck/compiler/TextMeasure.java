package io.copydeck.compiler;

import io.copydeck.dsl.model.Length;
import io.copydeck.dsl.model.LengthUnit;
import java.util.function.ToIntFunction;

/**
 * Measures text the way limits count it: characters are Unicode code points (what a platform
 * counts, so an emoji is one), words are runs of non-space, sentences end in . ! or ?, tokens
 * are the model's own.
 */
public final class TextMeasure {
    private final ToIntFunction<String> tokenCounter;

    public TextMeasure(ToIntFunction<String> tokenCounter) {
        this.tokenCounter = tokenCounter;
    }

    public int measure(String text, LengthUnit unit) {
        return switch (unit) {
            case CHARS -> text.codePointCount(0, text.length());
            case WORDS -> words(text);
            case SENTENCES -> sentences(text);
            case TOKENS -> tokenCounter.applyAsInt(text);
        };
    }

    public boolean fits(String text, Length limit) {
        return measure(text, limit.unit()) <= limit.count();
    }

    static int words(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    static int sentences(String text) {
        String t = text.strip();
        if (t.isEmpty()) return 0;
        int n = t.split("(?<=[.!?])\\s+").length;
        return Math.max(1, n);
    }
}
