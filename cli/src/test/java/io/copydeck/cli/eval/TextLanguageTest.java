package io.copydeck.cli.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The language of what the model wrote: the detector on its own, on texts written for it. */
class TextLanguageTest {
    private final TextLanguage language = TextLanguage.get();

    @Test
    void aGermanTextIsGermanAndAnEnglishOneEnglish() {
        assertEquals("de", language.of("Unsere Räder werden in Leipzig von Hand eingestellt und sind für jede Strecke "
                + "gebaut. Kommen Sie vorbei und machen Sie eine Probefahrt.", List.of()));
        assertEquals("en", language.of("Our bikes are tuned by hand and built for every route. Drop by and take one "
                + "for a test ride this weekend.", List.of()));
    }

    @Test
    void aTextOfAnotherLanguageIsThatLanguageNotTheNearestOfGermanAndEnglish() {
        assertEquals("fr", language.of("Nos vélos sont réglés à la main et construits pour chaque route.", List.of()));
    }

    @Test
    void fewerThanEightWordsAreNotJudgedNumbersAndCodesAside() {
        assertNull(language.of("Jetzt buchen", List.of()));
        assertNull(language.of("Here's something new. 30% off. Learn more.", List.of()), "six words");
        assertNull(language.of("Jetzt 15 % sparen: 49,00 €", List.of()), "three words; a number is none");
        assertNull(language.of("", List.of()));
    }

    @Test
    void theFactsAreTakenOutSoGermanNamesInEnglishCopyLeaveItEnglish() {
        List<String> facts = List.of("Radwerk Leipzig", "Stadtrad Komplettpaket", "kostenlose Inspektion nach 300 km",
                "Schloss und Licht inklusive");
        String text = "The Stadtrad Komplettpaket from Radwerk Leipzig: kostenlose Inspektion nach 300 km, "
                + "Schloss und Licht inklusive. Ride further this spring, whatever the weather brings.";
        assertEquals("en", language.of(text, facts));
        assertNull(language.of("Radwerk Leipzig: Stadtrad Komplettpaket, Schloss und Licht inklusive.", facts),
                "nothing of the model's own is left");
    }

    @Test
    void aFactIsTakenOutAsWholeWordsInAnyCase() {
        assertEquals("  is here; Warmth stays", TextLanguage.withoutFacts("The Radwerk is here; Warmth stays",
                List.of("the radwerk", "warm")));
    }
}
