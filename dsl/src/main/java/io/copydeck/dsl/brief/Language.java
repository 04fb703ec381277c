package io.copydeck.dsl.brief;

import java.util.Locale;
import java.util.Optional;

/**
 * The languages Copydeck writes layouts in. A campaign in another language gets English layouts,
 * and `check` says so (W313).
 */
public enum Language {
    ENGLISH("en"), GERMAN("de");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The language of a locale, when Copydeck writes it. */
    public static Optional<Language> of(Locale locale) {
        for (Language l : values()) {
            if (l.code.equals(locale.getLanguage())) return Optional.of(l);
        }
        return Optional.empty();
    }

    /** The language of a locale, or English when Copydeck does not write it. */
    public static Language orEnglish(Locale locale) {
        return of(locale).orElse(ENGLISH);
    }
}
