package io.copydeck.compiler;

import io.copydeck.dsl.brief.Language;
import java.util.Map;

/**
 * The copy deck's own words in the campaign's language (#14): an editor of a German campaign reads a German
 * deck. The assets' text is the campaign's already; these are the deck's frame around it ("copy deck",
 * "variant", an ad's "Sponsored" label, the asset statuses).
 */
record DeckWords(String lang, String copyDeck, String assets, String failed, String channels, String model,
                 String variant, String sponsored, Map<String, String> status) {
    static final DeckWords ENGLISH = new DeckWords("en", "copy deck", "assets", "failed", "channels", "model", "variant",
            "Sponsored", Map.of("generated", "generated", "approved", "approved", "failed", "failed"));
    static final DeckWords GERMAN = new DeckWords("de", "Textübersicht", "Assets", "fehlgeschlagen", "Kanäle", "Modell",
            "Variante", "Anzeige", Map.of("generated", "erzeugt", "approved", "freigegeben", "failed", "fehlgeschlagen"));

    static DeckWords of(Language language) {
        return language == Language.GERMAN ? GERMAN : ENGLISH;
    }

    /** As the template reads them. */
    Map<String, Object> asMap() {
        return Map.of("lang", lang, "copy_deck", copyDeck, "assets", assets, "failed", failed, "channels", channels,
                "model", model, "variant", variant, "sponsored", sponsored, "status", status);
    }
}
