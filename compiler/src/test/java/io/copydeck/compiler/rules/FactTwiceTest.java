package io.copydeck.compiler.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FactTwiceTest {
    private static final Facts FACTS = Briefs.facts(Briefs.AUTUMN.replace("description: \"A warming cup in four minutes\";",
            "description: \"A warming cup in four minutes\"; features: \"whole spices\", \"Assam base\";"));

    @Test
    void aFactSaidTwiceInOneSentenceIsFoundAndItsSentenceGoes() {
        var rule = new FactTwice();
        String twice = "It comes with whole spices and whole spices.";
        assertEquals(1, rule.check(Briefs.input(twice, FACTS)).size());
        assertEquals(List.of(), rule.check(Briefs.input("Whole spices. And whole spices again, in the next sentence.",
                FACTS)), "once a sentence is fine");
        assertEquals(List.of(), rule.check(Briefs.input("It is the best of the best of the year.", FACTS)),
                "words that are no fact may repeat");
        assertEquals("A warming cup.", rule.repair(Briefs.input("A warming cup. " + twice, FACTS)).orElseThrow());
    }
}
