package io.copydeck.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.copydeck.dsl.brief.Language;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The WordNet-derived resources: as their tools wrote them, and read in the strengths FactIndex weighs. */
class RelatedWordsTest {
    private final RelatedWords english = RelatedWords.of(Language.ENGLISH);
    private final QuestionAnalysis analysis = QuestionAnalysis.of(Language.ENGLISH);

    /** A hand edit of a derived file (instead of a change to its tool and a rerun) fails here. */
    @ParameterizedTest
    @ValueSource(strings = {"related.en.txt", "irregular.en.txt"})
    void eachFileIsWhatItsToolWrote(String name) throws Exception {
        String file;
        try (InputStream in = RelatedWords.class.getResourceAsStream(name)) {
            assertNotNull(in, name);
            file = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String marker = "# sha256 of the lines below: ";
        int at = file.indexOf(marker);
        assertTrue(at >= 0, () -> name + " has no checksum line");
        String declared = file.substring(at + marker.length(), file.indexOf('\n', at));
        String body = RelatedWords.body(file);
        String actual = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
        assertEquals(declared, actual, name + " was edited by hand: change its tool in support/tools and rerun it");
    }

    @Test
    void threeStrengthsOfRelation() {
        RelatedWords.Relatives bicycle = english.of(stem("bicycle"));
        assertTrue(bicycle.same().contains(stem("bike")), () -> "bicycle: " + bicycle);
        assertEquals('n', bicycle.partOfSpeech());
        assertTrue(english.of(stem("quit")).close().contains(stem("resign")), () -> "quit: " + english.of(stem("quit")));
        assertTrue(english.of(stem("puppy")).loose().contains(stem("dog")), () -> "puppy: " + english.of(stem("puppy")));
        assertTrue(english.of(stem("dark")).loose().contains(stem("light")), () -> "dark: " + english.of(stem("dark")));
        assertTrue(english.of(stem("terrible")).modifier());
        assertFalse(english.of(stem("sauna")).modifier(), "a thing, not a way of asking");
    }

    @Test
    void theBaseWordSpeaksForItsStem() {
        // "systemise" stems as "system" does; its relatives ("order") must not become the noun's.
        assertFalse(english.of("system").close().contains("order"), () -> "system: " + english.of("system"));
    }

    @Test
    void phrasalVerbsAreKeyedAsWritten() {
        assertEquals("hook_up", english.phrase("Hook", "up"));
        assertTrue(english.of("hook_up").loose().contains(stem("link")), () -> "hook up: " + english.of("hook_up"));
        assertNull(english.phrase("hook", "slack"));
    }

    @Test
    void irregularFormsAreReadAsTheirLemma() {
        assertEquals(analysis.terms(FactIndex.TEXT, "tooth"), analysis.terms(FactIndex.TEXT, "teeth"));
        assertEquals(analysis.terms(FactIndex.TEXT, "child"), analysis.terms(FactIndex.TEXT, "children"));
        // "found" is a lemma itself ("establish"): not read as "find".
        assertEquals(List.of("found"), analysis.terms(FactIndex.TEXT, "found"));
    }

    @Test
    void germanHasNoRelatives() {
        assertEquals(RelatedWords.Relatives.NONE, RelatedWords.of(Language.GERMAN).of("rechnung"));
    }

    private String stem(String word) {
        return analysis.terms(FactIndex.TEXT, word).get(0);
    }
}
