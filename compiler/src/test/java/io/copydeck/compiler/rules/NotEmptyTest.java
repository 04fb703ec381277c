package io.copydeck.compiler.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NotEmptyTest {
    private static final Facts FACTS = Briefs.facts(Briefs.SPRING);

    @Test
    void aBlankTextIsEmpty() {
        assertEquals(1, new NotEmpty().check(Briefs.input(" \n ", FACTS)).size());
        assertEquals(List.of(), new NotEmpty().check(Briefs.input("Cold brew.", FACTS)));
    }
}
