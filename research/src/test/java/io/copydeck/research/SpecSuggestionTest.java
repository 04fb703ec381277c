package io.copydeck.research;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.copydeck.dsl.check.CheckResult;
import io.copydeck.dsl.check.Checker;
import io.copydeck.dsl.format.Formatter;
import io.copydeck.dsl.source.SourceFile;
import io.copydeck.dsl.syntax.SyntaxParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `--suggest`: the original bytes kept outside one inserted block, formatted, and `check` clean. */
class SpecSuggestionTest {
    @Test
    void theSuggestionKeepsTheSpecByteForByteFormatsItsAdditionsAndChecksClean(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("anc-700.campaign");
        Files.copy(Examples.dir().resolve("anc-700.campaign"), spec);
        String original = Files.readString(spec, StandardCharsets.UTF_8);
        assertEquals(original, Formatter.format(SyntaxParser.parse(new SourceFile(spec, original))), "the example is formatted");
        CheckResult checked = Checker.check(spec);
        assertTrue(checked.diagnostics().isEmpty(), checked.diagnostics().toString());
        Research research = Examples.research();
        ResearchResult r = research.run(List.of(Examples.dir().resolve("headphones.csv")),
                research.declared(spec.toString(), checked.spec()), Research.Progress.NONE);
        String suggested = SpecSuggestion.suggest(original, spec, checked.spec(), r.againstSpec(), r.analysed());
        assertNotNull(suggested, "the headphone reviews name pains the spec lacks");

        // Byte for byte outside the additions: the original is a prefix and a suffix around one inserted run of lines.
        int prefix = 0;
        while (prefix < original.length() && original.charAt(prefix) == suggested.charAt(prefix)) prefix++;
        int suffix = 0;
        while (suffix < original.length() - prefix
                && original.charAt(original.length() - 1 - suffix) == suggested.charAt(suggested.length() - 1 - suffix)) suffix++;
        assertEquals(original.length(), prefix + suffix, "only an insertion");
        String inserted = suggested.substring(prefix, suggested.length() - suffix);
        assertTrue(inserted.contains("audience commuters_reviews {"), inserted);
        assertTrue(inserted.contains("pains: \"battery"), inserted);
        for (Finding f : r.againstSpec().missingPains()) {
            String comment = "// " + f.label() + ": " + f.count() + " reviews, e.g. " + f.quotes().get(0).id() + ", "
                    + f.quotes().get(1).id();
            assertTrue(inserted.contains(comment), "each addition cites its count and two quote ids: " + comment);
        }

        // Formatted as the project's formatter lays it out, and `check` finds nothing.
        Path out = dir.resolve("anc-700.suggested.campaign");
        Files.writeString(out, suggested, StandardCharsets.UTF_8);
        assertEquals(suggested, Formatter.format(SyntaxParser.parse(new SourceFile(out, suggested))));
        CheckResult again = Checker.check(out);
        assertTrue(again.diagnostics().isEmpty(), again.diagnostics().toString());
        assertEquals(original, Files.readString(spec, StandardCharsets.UTF_8), "the strategist's file is untouched");
    }

    @Test
    void stringsAndCommentsFromReviewsCannotBreakTheSpec() {
        assertEquals("\"say \\\"hi\\\" \\\\ now\\n\"", SpecSuggestion.string("say \"hi\" \\ now\n"));
        assertEquals("id one */ two", SpecSuggestion.commentSafe("id\none */ two"));
    }
}
