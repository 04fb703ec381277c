package io.copydeck.dsl.text;

import io.copydeck.dsl.model.Length;
import io.copydeck.dsl.model.LengthUnit;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * The one way Copydeck measures text, as limits count it: characters are Unicode code points (what
 * a platform counts, so an emoji is one), words are runs of non-space, sentences end in . ! ? or …
 * followed by space or the end, tokens are the model's own. The checker, which has no model,
 * uses {@link #ESTIMATE}: about four characters a GPT-2 token, rounded up.
 */
public final class TextMeasure {
    /** Tokens estimated at four characters each: for checks made before a model is loaded. */
    public static final TextMeasure ESTIMATE = new TextMeasure(t -> (int) Math.ceil(t.length() / 4.0));

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

    public boolean fitsAll(String text, List<Length> limits) {
        for (Length limit : limits) {
            if (!fits(text, limit)) return false;
        }
        return true;
    }

    public static int words(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    public static int sentences(String text) {
        String t = text.strip();
        if (t.isEmpty()) return 0;
        return Math.max(1, t.split("(?<=[.!?…])\\s+").length);
    }
}
