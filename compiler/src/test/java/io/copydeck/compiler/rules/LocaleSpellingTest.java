package io.copydeck.compiler.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** en-GB copy writes "colour", en-US copy "color"; a fact keeps the strategist's spelling. */
class LocaleSpellingTest {
    private static final LocaleSpelling RULE = new LocaleSpelling();
    private static final Facts BRITISH = Briefs.facts(Briefs.AUTUMN);
    private static final Facts AMERICAN = Briefs.facts(Briefs.SPRING);
    private static final Facts BRITISH_WITH_A_US_FACT = Briefs.facts(Briefs.AUTUMN.replace(
            "A warming cup in four minutes", "A warming cup in every color"));

    @Test
    void findsTheOtherSpellingWhereItIs() {
        List<Finding> found = RULE.check(Briefs.input("Pick your favorite blend.", BRITISH));
        assertEquals(List.of(new Finding(LocaleSpelling.ID, "\"favorite\" is spelled \"favourite\" in en-GB", 10, 18)), found);
        assertEquals(List.of("colour"), Briefs.found(RULE, "A colour for every cup.", AMERICAN));
        assertEquals(List.of(), Briefs.found(RULE, "Pick your favourite blend.", BRITISH));
        assertEquals(List.of(), Briefs.found(RULE, "Pick your favorite blend.", AMERICAN));
    }

    @Test
    void aWordOfTheBriefIsTheStrategistsAndIsLeftAlone() {
        assertEquals(List.of(), Briefs.found(RULE, "A warming cup in every color.", BRITISH_WITH_A_US_FACT));
        assertEquals(List.of("color"), Briefs.found(RULE, "A warming cup in every color.", BRITISH));
    }

    @Test
    void theRepairRespellsTheModelsWords() {
        assertEquals(Optional.of("Your favourite, organised."), RULE.repair(Briefs.input("Your favorite, organized.", BRITISH)));
        assertEquals(Optional.empty(), RULE.repair(Briefs.input("Your favourite, organised.", BRITISH)));
    }
}
