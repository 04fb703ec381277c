package io.copydeck.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.copydeck.dsl.brief.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerGroundingTest {
    private final AnswerFact price = new AnswerFact("product.checkup.price", "checkup price", "Dental Checkup costs £45.00.");

    @Test
    void theFactsOwnWordsAndNeutralWordsAreBacked() {
        assertEquals(List.of(), AnswerGrounding.unbacked("Dental Checkup costs £45.00.", List.of(price), Language.ENGLISH));
        assertEquals(List.of(), AnswerGrounding.unbacked("Your Dental Checkup costs just £45.00!", List.of(price), Language.ENGLISH));
    }

    @Test
    void aNumberOrAWordNoCitedFactSaysIsUnbacked() {
        assertEquals(List.of("40"), AnswerGrounding.unbacked("Dental Checkup costs £40.00.", List.of(price), Language.ENGLISH));
        assertEquals(List.of("painless"), AnswerGrounding.unbacked("A painless Dental Checkup costs £45.00.", List.of(price),
                Language.ENGLISH));
    }

    @Test
    void withoutALexiconOnlyTheFactsWordsAreBacked() {
        assertEquals(List.of("nur"), AnswerGrounding.unbacked("Dental Checkup nur £45.00", List.of(price), Language.GERMAN));
    }
}
