package io.copydeck.dsl.model;

import java.util.Locale;

/** What a length counts. */
public enum LengthUnit {
    CHARS("chars", "char"), WORDS("words", "word"), SENTENCES("sentences", "sentence"), TOKENS("tokens", "token");

    private final String plural;
    private final String singular;

    LengthUnit(String plural, String singular) {
        this.plural = plural;
        this.singular = singular;
    }

    public String word() { return plural; }

    /** `chars`, `char`, `characters` all mean CHARS. */
    public static LengthUnit parse(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (LengthUnit u : values()) {
            if (w.equals(u.plural) || w.equals(u.singular)) return u;
        }
        if (w.equals("characters") || w.equals("character")) return CHARS;
        return null;
    }
}
