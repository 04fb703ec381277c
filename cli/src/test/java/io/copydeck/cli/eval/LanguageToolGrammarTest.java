package io.copydeck.cli.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** LanguageTool's rules on this machine: German for de locales, the locale's English, and nothing else. */
class LanguageToolGrammarTest {
    private static final LanguageToolGrammar GRAMMAR = new LanguageToolGrammar();
    private static final Locale GERMANY = Locale.forLanguageTag("de-DE");

    @AfterAll
    static void close() {
        GRAMMAR.close();
    }

    @Test
    void aGermanSentenceIsCheckedByGermanRules() {
        assertEquals(Map.of(), GRAMMAR.check("Wir liefern das Fahrrad am Montag.", GERMANY, List.of()));
        Map<String, Integer> misspelt = GRAMMAR.check("Wir liefern das Fahrad am Montag.", GERMANY, List.of());
        assertEquals(Map.of("GERMAN_SPELLER_RULE", 1), misspelt, "\"Fahrad\" is no German word");
        assertEquals(Map.of("SIMPLE_AGREEMENT_NEU", 1), GRAMMAR.check("Der Haus ist groß.", GERMANY, List.of()),
                "\"Haus\" is neuter: das Haus");
    }

    @Test
    void aWordOfTheFactsIsNoGermanSpellingFinding() {
        assertEquals(Map.of(), GRAMMAR.check("Fahren Sie mit Radwerkz durch den Herbst.", GERMANY,
                List.of("Radwerkz Leipzig")));
    }

    @Test
    void eachLocaleIsCheckedInItsOwnVariant() {
        assertEquals("de-DE", LanguageToolGrammar.variant(GERMANY));
        assertEquals("de-AT", LanguageToolGrammar.variant(Locale.forLanguageTag("de-AT")));
        assertEquals("de-CH", LanguageToolGrammar.variant(Locale.forLanguageTag("de-CH")));
        assertEquals("de-DE", LanguageToolGrammar.variant(Locale.forLanguageTag("de")), "spelling needs a variant");
        assertEquals("en-GB", LanguageToolGrammar.variant(Locale.UK));
        assertEquals("en-US", LanguageToolGrammar.variant(Locale.forLanguageTag("en")));
        assertEquals("en-US", LanguageToolGrammar.variant(Locale.forLanguageTag("en-IE")), "no Irish variant: American");
        assertNull(LanguageToolGrammar.variant(Locale.FRANCE));
        assertNull(GRAMMAR.check("Une phrase.", Locale.FRANCE, List.of()), "French is not checked");
        assertEquals(Map.of("MORFOLOGIK_RULE_EN_US", 1), GRAMMAR.check("The colour is red.", Locale.US, List.of()));
        assertEquals(Map.of(), GRAMMAR.check("The colour is red.", Locale.UK, List.of()));
    }
}
