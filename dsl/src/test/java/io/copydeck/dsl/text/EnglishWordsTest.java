package io.copydeck.dsl.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnglishWordsTest {
    @ParameterizedTest
    @CsvSource({"make,making", "get,getting", "stop,stopping", "see,seeing", "tie,tying", "panic,panicking",
            "forget,forgetting", "visit,visiting", "climb,climbing", "be,being", "agree,agreeing", "fix,fixing",
            "play,playing", "Book,Booking", "travel,traveling", "open,opening"})
    void aVerbHasItsIngForm(String verb, String ing) {
        assertEquals(ing, EnglishWords.gerund(verb));
    }

    @Test
    void aVerbPhraseTakesItsIngFormInEveryVerbItJoins() {
        assertEquals("climbing with friends after work", EnglishWords.gerundPhrase("climb with friends after work"));
        assertEquals("eating well and sleeping better", EnglishWords.gerundPhrase("eat well and sleep better"));
        assertEquals("saving time and money", EnglishWords.gerundPhrase("save time and money"), "money is no verb");
    }

    @Test
    void wordClassesComeFromWordNet() {
        assertTrue(EnglishWords.verbUses("get").mostlyVerb());
        assertFalse(EnglishWords.verbUses("book").mostlyVerb(), "book is mostly a noun");
        assertFalse(EnglishWords.verbUses("clear").mostlyVerb(), "clear is mostly an adjective");
        assertNull(EnglishWords.verbUses("tea"), "tea is no verb");
    }

    @ParameterizedTest
    @CsvSource({"hour,true", "unit,false", "umbrella,true", "SPF,true", "UV-safe,false", "18-hour,true", "8,true",
            "one,false", "European,false", "apple,true", "honest,true", "FAQ,true", "tea,false", "MBA,true", "100,false"})
    void anArticleAgreesWithTheSoundOfTheWordAfterIt(String word, boolean an) {
        assertEquals(an, EnglishArticles.takesAn(word), word);
    }

    @Test
    void theModelsArticleIsMadeToAgreeOrDroppedBeforeADeterminer() {
        StringBuilder text = new StringBuilder("Meet a ");
        EnglishArticles.agree(text, "easier morning");
        assertEquals("Meet an ", text.toString());
        text = new StringBuilder("An ");
        EnglishArticles.agree(text, "calm break");
        assertEquals("A ", text.toString());
        text = new StringBuilder("Get a ");
        EnglishArticles.dropDoubled(text, "a calmer mind");
        assertEquals("Get ", text.toString());
        text = new StringBuilder("Get a");
        EnglishArticles.agree(text, "apple");
        assertEquals("Get a", text.toString(), "no space: the slot is part of a word, not after the article");
    }
}
