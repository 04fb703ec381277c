package io.copydeck.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SentenceInventoryTest {
    private static final SentenceInventory TAUGHT = SentenceInventory.of(List.of("meet {product}: {benefit}",
            "the clock is ticking", "ready to try it?", "{feature}, as standard", "it works the way you do"));

    @Test
    void aSentenceIsKnownWhateverItsCaseSlotIndexAndEndMark() {
        assertEquals("meet {product}: {benefit}", SentenceInventory.form("  Meet {product}:  {benefit.1}! "));
        assertTrue(TAUGHT.knows("Meet {product}: {benefit.0}."));
        assertTrue(TAUGHT.knows("The clock is ticking!"));
        assertFalse(TAUGHT.knows("The clock is to try it?"), "two taught sentences spliced into one");
    }

    @Test
    void whatTheModelWasNeverTaughtGoesWithItsBreaksKept() {
        assertEquals("{feature.2}, as standard\nIt works the way you do.",
                TAUGHT.keep("{feature.2}, as standard\nIt works the way you do. It works the way to {category}.", t -> true).text());
        String known = " Meet {product}: {benefit.0}. The clock is ticking.";
        assertEquals(known, TAUGHT.keep(known, t -> true).text(), "a text the model was taught stays as written");
    }

    @Test
    void aTextThatFallsShortWithoutItsSplicesKeepsTheFewestItNeeds() {
        String text = "It works the way you do. The clock is to try it? It works the way to {category} and more.";
        var none = TAUGHT.keep(text, t -> true);
        assertEquals("It works the way you do.", none.text());
        assertEquals(0, none.splices());
        var one = TAUGHT.keep(text, t -> t.split(" ").length >= 10);
        assertEquals("It works the way you do. It works the way to {category} and more.", one.text(), "the longest first");
        assertEquals(1, one.splices());
        var short_ = TAUGHT.keep(text, t -> t.split(" ").length >= 100);
        assertEquals(0, short_.splices(), "short even whole: it fails on its words, not on a splice");
    }

    @Test
    void aModelFolderHasAnInventoryOnlyWhenItShipsOne(@TempDir Path dir) throws Exception {
        assertTrue(SentenceInventory.in(dir).isEmpty(), "real GPT-2 writes freely: nothing is dropped");
        Files.writeString(dir.resolve(SentenceInventory.FILE), TAUGHT.toFile("written by a test\nsecond line"));
        SentenceInventory read = SentenceInventory.in(dir).orElseThrow();
        assertEquals(TAUGHT.size(), read.size(), "the header lines are comments");
        assertTrue(read.knows("Ready to try it?"));
    }
}
