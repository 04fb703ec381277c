package io.copydeck.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.copydeck.dsl.brief.FieldSpec;
import io.copydeck.dsl.model.Length;
import io.copydeck.dsl.model.LengthUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A part may go under its floor by what the parts before it wrote over theirs, and the whole keeps its words. */
class PartFloorTest {
    private static final FieldSpec BODY = new FieldSpec("body", List.of(new Length(150, LengthUnit.WORDS)), false, 50,
            List.of(), List.of(), null);
    // Rounded shares of the body's 50, as an email's are: 22 + 17 + 9 = 48, two short of the whole.
    private static final List<FieldSpec> PARTS = List.of(part("opening", 22), part("details", 17), part("close", 9));

    private static FieldSpec part(String name, int words) {
        return BODY.part(name, false, BODY.limits(), words);
    }

    private static String words(int n) {
        return "word ".repeat(n).trim();
    }

    @Test
    void theFirstPartKeepsItsOwnFloor() {
        assertEquals(22, PartFloor.of(PARTS, 0, List.of()));
    }

    @Test
    void anEarlierPartsSurplusLowersTheNext() {
        assertEquals(12, PartFloor.of(PARTS, 1, List.of(words(27))), "17 less the opening's 5 over");
        assertEquals(17, PartFloor.of(PARTS, 1, List.of(words(22))), "an opening at its floor leaves nothing to spare");
    }

    @Test
    void neverUnderHalfItsOwnFloor() {
        assertEquals(9, PartFloor.of(PARTS, 1, List.of(words(60))));
    }

    @Test
    void theLastMakesUpTheWholeFieldsFewest() {
        // 22 + 12 written: 50 - 34 = 16, more than the close's own 9.
        assertEquals(16, PartFloor.of(PARTS, 2, List.of(words(22), words(12))));
        assertEquals(5, PartFloor.of(PARTS, 2, List.of(words(40), words(20))), "half its 9, rounded up");
    }
}
