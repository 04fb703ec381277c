package io.copydeck.corpus;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.copydeck.compiler.SentenceInventory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped model's {@code sentences.txt} is its corpus's: every sentence a corpus of today's grammar
 * writes (20 campaigns of the shipped recipe's seed) is in it. When a frame changes, the build would drop
 * its sentences from the shipped model's copy: write the corpus again (`models/tools/train-default.sh`
 * copies its `sentences.txt` beside the weights it trains), and retrain, since the model was taught the old one.
 */
class ShippedSentencesTest {
    private static final Path SHIPPED = Path.of("../models/default").resolve(SentenceInventory.FILE);

    @Test
    void everySentenceOfTodaysCorpusIsInTheShippedInventory(@TempDir Path dir) throws Exception {
        SentenceInventory shipped = SentenceInventory.in(SHIPPED.getParent()).orElseThrow(() ->
                new AssertionError("no " + SHIPPED + ": the shipped model lists the sentences it was taught"));
        CorpusBuilder.write(dir, 20, 1);
        List<String> unknown = new ArrayList<>();
        for (String form : Files.readAllLines(dir.resolve(SentenceInventory.FILE))) {
            if (!form.startsWith("#") && !form.isBlank() && !shipped.knows(form)) unknown.add(form);
        }
        assertTrue(unknown.isEmpty(), unknown.size() + " sentences the shipped model was not taught:\n"
                + String.join("\n", unknown));
    }
}
