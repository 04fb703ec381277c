package io.copydeck.dsl.diag;

import io.copydeck.dsl.source.SourceFile;
import io.copydeck.dsl.source.SourceRange;
import io.copydeck.dsl.text.Printable;
import java.nio.file.Path;
import java.util.Map;

/**
 * Renders diagnostics the way compilers do: `file:line:col: error[E201]: message`, the
 * source line, a caret underline, and the suggested fix. Colour is optional (terminals only).
 * Everything that comes from a spec or a file name goes through {@link Printable}, so a control
 * character shows as its escape instead of acting on the terminal; carets stay under their text.
 */
public final class DiagnosticRenderer {
    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String RED = "\u001b[31;1m";
    private static final String YELLOW = "\u001b[33;1m";
    private static final String BLUE = "\u001b[34;1m";
    private static final String GREEN = "\u001b[32m";

    private final Map<Path, SourceFile> sources;
    private final boolean colour;

    public DiagnosticRenderer(Map<Path, SourceFile> sources, boolean colour) {
        this.sources = sources;
        this.colour = colour;
    }

    public String render(Diagnostic d) {
        SourceRange r = d.range();
        StringBuilder out = new StringBuilder();
        String severity = d.severity().label() + "[" + d.code().name() + "]";
        out.append(paint(BOLD, Printable.line(r.file() + ":" + r.startLine() + ":" + r.startColumn() + ":")))
                .append(' ').append(paint(severityColour(d.severity()), severity))
                .append(paint(BOLD, ": " + Printable.line(d.message()))).append('\n');
        SourceFile source = sources.get(r.file());
        if (source != null && r.startLine() <= source.lineCount()) {
            String line = source.lineText(r.startLine());
            String number = String.valueOf(r.startLine());
            String gutter = " ".repeat(number.length());
            out.append(paint(BLUE, gutter + " |")).append('\n');
            out.append(paint(BLUE, number + " |")).append(' ').append(Printable.line(line)).append('\n');
            int start = Math.min(r.startColumn() - 1, line.length());
            int end = r.endLine() == r.startLine() ? Math.min(r.endColumn() - 1, line.length()) : line.length();
            out.append(paint(BLUE, gutter + " |")).append(' ').append(padUnder(line, start))
                    .append(paint(severityColour(d.severity()), "^".repeat(Math.max(1, shownWidth(line, start, end)))))
                    .append('\n');
            d.fix().ifPresent(fix -> out.append(paint(BLUE, gutter + " = ")).append(paint(GREEN, "fix: "))
                    .append(Printable.line(fix.title())).append('\n'));
        } else {
            d.fix().ifPresent(fix -> out.append("  = fix: ").append(Printable.line(fix.title())).append('\n'));
        }
        return out.toString();
    }

    /** What goes under the line before the carets: tabs where it has tabs, one space per shown character. */
    private static String padUnder(String line, int start) {
        StringBuilder pad = new StringBuilder();
        for (int i = 0; i < start; i++) {
            char c = line.charAt(i);
            if (c == '\t') pad.append('\t');
            else pad.append(" ".repeat(Printable.width(c)));
        }
        return pad.toString();
    }

    /** How wide line[start, end) is once printed, control characters escaped. */
    private static int shownWidth(String line, int start, int end) {
        int width = 0;
        for (int i = start; i < end; i++) width += Printable.width(line.charAt(i));
        return width;
    }

    /** "2 errors, 1 warning" or "no problems". */
    public static String summary(long errors, long warnings, int files) {
        String where = files == 1 ? "1 file" : files + " files";
        if (errors == 0 && warnings == 0) return "checked " + where + ": no problems";
        return "checked " + where + ": " + plural(errors, "error") + ", " + plural(warnings, "warning");
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private static String severityColour(Severity s) {
        return switch (s) {
            case ERROR -> RED;
            case WARNING -> YELLOW;
            case INFO -> BLUE;
        };
    }

    private String paint(String code, String text) {
        return colour ? code + text + RESET : text;
    }
}
