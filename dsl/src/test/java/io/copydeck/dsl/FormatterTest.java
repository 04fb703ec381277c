package io.copydeck.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.copydeck.dsl.check.CheckResult;
import io.copydeck.dsl.check.Checker;
import io.copydeck.dsl.diag.Diagnostic;
import io.copydeck.dsl.format.Formatter;
import io.copydeck.dsl.format.SyntaxDump;
import io.copydeck.dsl.source.SourceFile;
import io.copydeck.dsl.source.SourceReader;
import io.copydeck.dsl.syntax.Syntax;
import io.copydeck.dsl.syntax.SyntaxParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** The formatter is idempotent, keeps comments, and never changes what a spec means. */
class FormatterTest {
    @TempDir
    Path dir;

    static List<Path> specs() {
        List<Path> all = new ArrayList<>(TestFiles.campaigns(TestFiles.examples()));
        TestFiles.sharedExamples().ifPresent(p -> all.addAll(TestFiles.campaigns(p)));
        TestFiles.campaigns(GoldenDiagnosticsTest.GOLDEN).stream()
                .filter(p -> SyntaxParser.parse(read(p)).diagnostics().isEmpty()).forEach(all::add);
        return all;
    }

    @TestFactory
    Stream<DynamicTest> idempotentAndMeaningPreserving() {
        return specs().stream().map(spec -> DynamicTest.dynamicTest(spec.getFileName().toString(), () -> {
            SourceFile source = read(spec);
            Syntax.File original = SyntaxParser.parse(source);
            String once = Formatter.format(original);
            String twice = Formatter.format(SyntaxParser.parse(new SourceFile(spec, once)));
            assertEquals(once, twice, "fmt(fmt(x)) == fmt(x)");

            Syntax.File formatted = SyntaxParser.parse(new SourceFile(spec, once));
            assertEquals(List.of(), formatted.diagnostics(), "the formatted file parses cleanly");
            assertEquals(SyntaxDump.dump(original), SyntaxDump.dump(formatted), "same syntax, same comments");

            // Same model and same diagnostics (by code and line order) when checked in place of the original.
            Path copy = dir.resolve(spec.getFileName().toString());
            CheckResult before = Checker.check(spec);
            CheckResult after = Checker.check(spec, p -> p.equals(spec) ? new SourceFile(spec, once)
                    : SourceReader.readFromDisk(p));
            assertEquals(ModelDump.dump(before.spec()), ModelDump.dump(after.spec()), "same model");
            assertEquals(before.diagnostics().stream().map(Diagnostic::code).toList(),
                    after.diagnostics().stream().map(Diagnostic::code).toList(), "same diagnostics");
            assertTrue(copy.getFileName() != null);
        }));
    }

    @Test
    void messyInputBecomesCanonical() {
        String messy = """
                // brand first
                brand   b{name:"B" ; voice: warm,"no jargon"   // the voice
                legal:"x"}
                campaign c {   title: "T" ; brand: b
                  channel email welcome { limits { subject: 60 chars ; body: 120 words } generation { seed: 7 } }


                  /* two blank lines above become one */
                  channel sms { must_include: "Reply STOP to opt out" }
                }
                """;
        String expected = """
                // brand first
                brand b {
                  name: "B"
                  voice: warm, "no jargon" // the voice
                  legal: "x"
                }

                campaign c {
                  title: "T"
                  brand: b
                  channel email welcome {
                    limits { subject: 60 chars, body: 120 words }
                    generation { seed: 7 }
                  }

                  /* two blank lines above become one */
                  channel sms {
                    must_include: "Reply STOP to opt out"
                  }
                }
                """;
        assertEquals(expected, Formatter.format(SyntaxParser.parse(new SourceFile(Path.of("m.campaign"), messy))));
    }

    @Test
    void longListsWrapAtTheWidthWithAContinuationIndent() {
        String text = "brand b { name: \"B\"; avoid: " + String.join(", ", java.util.Collections.nCopies(12, "\"phrase\""))
                + " }\n";
        String out = Formatter.format(SyntaxParser.parse(new SourceFile(Path.of("w.campaign"), text)));
        for (String line : out.split("\n")) assertTrue(line.length() <= 100, line);
        assertTrue(out.contains("\n      \"phrase\""), out);
    }

    private static SourceFile read(Path p) {
        try {
            return SourceReader.readFromDisk(p);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static String text(Path p) throws Exception {
        return Files.readString(p);
    }
}
