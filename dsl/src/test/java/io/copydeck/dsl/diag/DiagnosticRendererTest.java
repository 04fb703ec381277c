package io.copydeck.dsl.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.copydeck.dsl.check.CheckResult;
import io.copydeck.dsl.check.Checker;
import io.copydeck.dsl.source.SourceFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Diagnostics printed with nothing in them a terminal would obey (#15, finding 8), carets still in place. */
class DiagnosticRendererTest {
    private static final char ESC = 0x1b;
    private static final char BEL = 0x07;

    private static boolean hasControl(String text) {
        return text.chars().anyMatch(c -> c != '\n' && c != '\t' && (c < 0x20 || (c >= 0x7f && c <= 0x9f)));
    }

    @Test
    void aTerminalEscapeInASpecStringIsShownEscaped() {
        // The spec holds the escape as the language writes it; the message echoes the decoded string.
        String text = "campaign c {\n  title: \"T\"\n  locale: \"en\\u001b]0;pwned\\u0007_US\"\n}\n";
        CheckResult result = Checker.checkText(Path.of("esc.campaign"), text);
        Diagnostic locale = result.diagnostics().stream().filter(d -> d.code() == Code.E115).findFirst().orElseThrow();
        assertTrue(locale.message().indexOf(ESC) >= 0, "the message holds the raw ESC: " + locale.message());
        String shown = new DiagnosticRenderer(result.sources(), false).render(locale);
        assertFalse(hasControl(shown), shown);
        assertTrue(shown.contains("\\u001B]0;pwned\\u0007"), shown);
    }

    @Test
    void rawControlCharactersInASourceLineAreEscapedAndTheCaretsStayUnderTheirText() {
        Path file = Path.of("raw.campaign");
        String line = "brand b { name: \"a" + ESC + "[2J" + BEL + "b\" }";
        SourceFile source = new SourceFile(file, line + "\n");
        int start = line.indexOf("\"a");
        Diagnostic d = new Diagnostic(Code.E103, "bad " + ESC + "[31m", source.range(start, start + 8));
        String shown = new DiagnosticRenderer(Map.of(file, source), false).render(d);
        assertFalse(hasControl(shown), shown);
        List<String> lines = shown.lines().toList();
        String sourceLine = lines.get(2);
        String carets = lines.get(3);
        assertTrue(sourceLine.endsWith("\"a\\u001B[2J\\u0007b\" }"), sourceLine);
        assertTrue(lines.get(0).endsWith("bad \\u001B[31m"), lines.get(0));
        // The carets start under the opening quote and cover `"a ESC [2J BEL b`, as printed.
        int quote = sourceLine.indexOf("\"a");
        assertEquals(quote, carets.indexOf('^'), shown);
        assertEquals("\"a\\u001B[2J\\u0007b".length(), carets.chars().filter(c -> c == '^').count(), shown);
    }

    @Test
    void tabsStayTabsSoIndentedLinesStillLineUp() {
        Path file = Path.of("tab.campaign");
        SourceFile source = new SourceFile(file, "\tnmae: \"x\"\n");
        Diagnostic d = new Diagnostic(Code.E102, "unknown property", source.range(1, 5));
        String shown = new DiagnosticRenderer(Map.of(file, source), false).render(d);
        assertTrue(shown.contains("| \tnmae"), shown);
        assertTrue(shown.contains("| \t^^^^"), shown);
    }

    @Test
    void aFileNameWithAnEscapeIsShownEscaped() {
        String shown = renderOneLine("evil" + ESC + "]0;x" + BEL + ".campaign", "m", false);
        assertFalse(hasControl(shown), shown);
    }

    @Test
    void aLineBreakInAMessageCannotFakeAnotherDiagnostic() {
        String shown = renderOneLine("nl.campaign", "a\nother.campaign:1:1: error[E001]: fake", false);
        assertTrue(shown.lines().noneMatch(l -> l.startsWith("other.campaign")), shown);
    }

    @Test
    void colourStillWorks() {
        String shown = renderOneLine("c.campaign", "m", true);
        assertTrue(shown.contains(ESC + "[31;1m"), "the renderer's own colours are kept");
    }

    /** A diagnostic on the one character of a file holding `x`. */
    private static String renderOneLine(String fileName, String message, boolean colour) {
        Path file = Path.of(fileName);
        SourceFile source = new SourceFile(file, "x\n");
        return new DiagnosticRenderer(Map.of(file, source), colour).render(new Diagnostic(Code.E004, message, source.range(0, 1)));
    }
}
