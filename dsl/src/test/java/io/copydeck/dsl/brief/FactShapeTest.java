package io.copydeck.dsl.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FactShapeTest {
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            VERB_PHRASE | get stronger without a gym routine
            VERB_PHRASE | climb with friends after work
            VERB_PHRASE | save time
            VERB_PHRASE | free up your evenings
            VERB_PHRASE | book a table in seconds
            VERB_PHRASE | support local rivers
            VERB_PHRASE | train for a marathon
            VERB_PHRASE | relax
            VERB_PHRASE | order dinner in Spanish within a month
            VERB_PHRASE | plan meals for the week
            NOUN_PHRASE | free delivery
            NOUN_PHRASE | book club
            NOUN_PHRASE | clear skin
            NOUN_PHRASE | dry shoulders through a full day of rain
            NOUN_PHRASE | surprise car repairs
            NOUN_PHRASE | better sleep
            NOUN_PHRASE | lower monthly costs
            NOUN_PHRASE | waiting weeks for an appointment
            NOUN_PHRASE | a bike that is always ready
            NOUN_PHRASE | numbers you can use on Monday
            NOUN_PHRASE | a schedule the whole team can see and fix
            NOUN_PHRASE | unhurried days and wide views from the train
            NOUN_PHRASE | rated 4.9 by 600 patients on independent reviews
            NOUN_PHRASE | drag-and-drop schedule
            NOUN_PHRASE | gear that packs small
            NOUN_PHRASE | click rates down 70% in six months
            NOUN_PHRASE | sales up 20% this year
            CLAUSE      | your tea stays fresh for months
            CLAUSE      | you never miss a deadline
            CLAUSE      | it just works
            CLAUSE      | can't find a dentist
            CLAUSE      | the whole team knows what's next
            CLAUSE      | customers are paid eleven days sooner on average
            """)
    void anEnglishFactHasTheShapeItsWordsGiveIt(FactShape shape, String fact) {
        assertEquals(shape, FactShape.of(fact, Language.ENGLISH));
    }

    @ParameterizedTest
    @CsvSource({"'Rad in 24 Stunden repariert'", "'fahre entspannt zur Arbeit'"})
    void aGermanFactIsANounPhrase(String fact) {
        assertEquals(FactShape.NOUN_PHRASE, FactShape.of(fact, Language.GERMAN));
    }
}
