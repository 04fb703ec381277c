package io.copydeck.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.copydeck.dsl.brief.Language;
import io.copydeck.dsl.brief.Phrases;
import io.copydeck.dsl.schema.Compliance;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhrasesTest {
    @Test
    void everyLanguageHasEveryPhraseInOneFixedOrder() {
        List<String> english = List.copyOf(Phrases.of(Language.ENGLISH).asMap().keySet());
        // The order is the declared one, not a hash order that changes between JVM runs (the plan's JSON holds it).
        assertEquals(List.of("free", "price", "instead_of", "off", "with_code", "use_code", "until", "and", "save", "for",
                "opt_out", "subscribed", "unsubscribe", "benefits_heading", "faq_heading"), english);
        assertEquals(english, List.copyOf(Phrases.of(Language.GERMAN).asMap().keySet()));
    }

    @Test
    void theOptOutKeepsTheKeywordInEveryLanguage() {
        for (Language l : Language.values()) {
            assertTrue(Phrases.of(l).word("opt_out").contains(Compliance.OPT_OUT_KEYWORD), l.name());
        }
    }
}
