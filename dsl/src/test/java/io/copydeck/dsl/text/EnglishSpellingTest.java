package io.copydeck.dsl.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.copydeck.dsl.text.EnglishSpelling.Variant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EnglishSpellingTest {
    @Test
    void theLocaleSaysWhichSpelling() {
        assertEquals(Optional.of(Variant.GB), Variant.of(Locale.forLanguageTag("en-GB")));
        assertEquals(Optional.of(Variant.GB), Variant.of(Locale.forLanguageTag("en-AU")));
        assertEquals(Optional.of(Variant.US), Variant.of(Locale.forLanguageTag("en-US")));
        assertEquals(Optional.empty(), Variant.of(Locale.forLanguageTag("en")), "plain English keeps what is written");
        assertEquals(Optional.empty(), Variant.of(Locale.forLanguageTag("en-CA")), "Canada mixes both");
        assertEquals(Optional.empty(), Variant.of(Locale.forLanguageTag("de-DE")));
    }

    @Test
    void respellsBothWaysKeepingCase() {
        assertEquals("Our favourite colour, organised for you. COLOUR! Colourful centres.",
                EnglishSpelling.respell("Our favorite color, organized for you. COLOR! Colorful centers.", Variant.GB));
        assertEquals("Our favorite color, organized for you.",
                EnglishSpelling.respell("Our favourite colour, organised for you.", Variant.US));
        assertEquals("A colour the colour already is.", EnglishSpelling.respell("A colour the colour already is.", Variant.GB));
    }

    @Test
    void leavesWordsWhoseSpellingDependsOnMeaning() {
        // British English writes a gas meter and a metre of cloth, a computer program and a TV programme.
        assertEquals("Read the meter, run the program, practice daily.",
                EnglishSpelling.respell("Read the meter, run the program, practice daily.", Variant.GB));
    }

    @Test
    void findsTheOtherSpellingWithWhereAndTheFix() {
        List<EnglishSpelling.Foreign> found = EnglishSpelling.foreign("Pick a color today.", Variant.GB);
        assertEquals(List.of(new EnglishSpelling.Foreign("color", 7, 12, "colour")), found);
        assertEquals(List.of(), EnglishSpelling.foreign("Pick a colour today.", Variant.GB));
    }

    @Test
    void aKeptWordStays() {
        assertEquals("Harbor Bank: a favourite.", EnglishSpelling.respell("Harbor Bank: a favorite.", Variant.GB,
                w -> w.equals("Harbor")));
    }
}
