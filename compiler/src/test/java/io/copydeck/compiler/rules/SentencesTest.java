package io.copydeck.compiler.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {
    private static List<String> sentences(String text) {
        return Sentences.of(text).stream().map(Sentences.Sentence::text).toList();
    }

    @Test
    void sentencesEndAtAStopBeforeSpaceOrAtABlankLine() {
        assertEquals(List.of("One.", "Two!", "Headline", "Three?", "Four"), sentences("One. Two!\n\nHeadline\n\nThree? Four"));
        assertEquals(List.of("$2.79 now.", "Go."), sentences("$2.79 now. Go."), "a decimal point ends nothing");
        assertEquals(List.of("E. coli readings fell by half.", "Join us."), sentences("E. coli readings fell by half. Join us."),
                "a full stop before a small letter ends an initial or an abbreviation, not a sentence");
        assertEquals(List.of("Plan B.", "It works."), sentences("Plan B. It works."));
        assertEquals(List.of("Try it, e.g. today.", "Good."), sentences("Try it, e.g. today. Good."));
        assertEquals(List.of("That's good.", "is here."), sentences("That's good. is here."), "a broken sentence stays apart");
        assertEquals(List.of("Heated van", "Every Full Groom has it."), sentences("Heated van\nEvery Full Groom has it."),
                "a title ends at its line");
        assertEquals(1, Sentences.of("  Go.").size());
        assertEquals(2, Sentences.of("  Go.").get(0).start());
    }

    @Test
    void droppingKeepsTheBreaksBetweenTheRest() {
        assertEquals("Cold brew is back.\n\nUse it today.",
                Sentences.drop("Cold brew is back. Save 25%!\n\nUse it today.", s -> s.text().contains("25%")));
        assertEquals("A calm break.\n- 1 × Chai.",
                Sentences.drop("A calm break.\n- 2 × Labs.\n- 1 × Chai.", s -> s.text().contains("Labs")));
    }
}
