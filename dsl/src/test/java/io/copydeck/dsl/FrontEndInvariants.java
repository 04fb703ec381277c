package io.copydeck.dsl;

import io.copydeck.dsl.check.CheckResult;
import io.copydeck.dsl.diag.Code;
import io.copydeck.dsl.diag.Diagnostic;
import io.copydeck.dsl.diag.Fix;
import io.copydeck.dsl.diag.TextEdit;
import io.copydeck.dsl.source.SourceFile;
import io.copydeck.dsl.source.SourceRange;
import io.copydeck.dsl.syntax.Syntax;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What must hold for any input, however broken: every diagnostic and every fix points inside
 * its file, its line/column agree with its offsets, and its message reads like a sentence
 * rather than a leaked Java value. Returns the broken rules (empty when all hold), so that a
 * fuzz loop can collect several failures before it reports.
 */
final class FrontEndInvariants {
    private FrontEndInvariants() {}

    static List<String> violations(CheckResult result) {
        List<String> problems = new ArrayList<>();
        if (result == null) return List.of("the checker returned null");
        if (result.diagnostics() == null || result.files() == null) return List.of("the result has null lists");
        Map<Path, SourceFile> sources = result.sources();
        for (Syntax.File file : result.files()) {
            for (Syntax.Member m : file.members()) checkMember(file.source().text(), m, problems);
        }
        for (Diagnostic d : result.diagnostics()) {
            String who = d.code() + " " + (d.message() == null ? "(no message)" : JavaLiteral.of(d.message()));
            if (d.code() == null || d.severity() == null) problems.add(who + ": no code or severity");
            checkMessage(who, d.message(), sources, problems);
            SourceFile file = d.range() == null ? null : sources.get(d.range().file());
            // An unreadable file (E006) points into the part that could be decoded, which is not a parsed file.
            if (file == null && d.code() != Code.E006) {
                problems.add(who + ": its range " + d.range() + " is in no parsed file");
                continue;
            }
            if (file != null) checkRange(who, d.range(), file.text(), problems);
            for (Fix fix : d.fixes()) {
                String title = "fix " + JavaLiteral.of(String.valueOf(fix.title()));
                if (fix.title() == null || fix.title().isBlank()) problems.add(who + ": a fix without a title");
                for (TextEdit edit : fix.edits()) {
                    SourceFile target = sources.get(edit.range().file());
                    if (target == null) {
                        problems.add(who + ": " + title + " edits a file that was not parsed");
                    } else {
                        checkRange(who + " " + title, edit.range(), target.text(), problems);
                    }
                    if (edit.newText() == null) problems.add(who + ": " + title + " has null text");
                }
            }
        }
        return problems;
    }

    private static void checkMessage(String who, String message, Map<Path, SourceFile> sources, List<String> problems) {
        if (message == null || message.isBlank()) {
            problems.add(who + ": empty message");
            return;
        }
        // The words may come from the spec itself (an unknown property called `null`); only flag what the user did not write.
        for (String leak : List.of("null", "Exception")) {
            if (message.contains(leak) && sources.values().stream().noneMatch(s -> s.text().contains(leak))) {
                problems.add(who + ": the message leaks `" + leak + "`");
            }
        }
    }

    /**
     * Every word and literal in the syntax tree must sit exactly on its own text: this is what
     * catches offsets counted in code points instead of UTF-16 units, which line/column
     * consistency alone would not.
     */
    private static void checkMember(String text, Syntax.Member member, List<String> problems) {
        if (member instanceof Syntax.Block b) {
            checkText(text, b.kind().text(), b.kind().range(), problems);
            for (Syntax.Word label : b.labels()) checkText(text, label.text(), label.range(), problems);
            for (Syntax.Member m : b.members()) checkMember(text, m, problems);
        } else if (member instanceof Syntax.Property p) {
            checkText(text, p.key().text(), p.key().range(), problems);
            for (Syntax.Value v : p.values()) checkValue(text, v, problems);
        } else if (member instanceof Syntax.Import i) {
            checkValue(text, i.path(), problems);
        }
    }

    private static void checkValue(String text, Syntax.Value value, List<String> problems) {
        if (value instanceof Syntax.Str s) {
            checkText(text, s.raw(), s.range(), problems);
        } else if (value instanceof Syntax.Name n) {
            checkText(text, n.name(), n.range(), problems);
        } else if (value instanceof Syntax.Num n && n.unit() == null) {
            checkText(text, n.raw(), n.range(), problems);
        } else if (value instanceof Syntax.Percent p) {
            checkText(text, p.raw(), p.range(), problems);
        } else if (value instanceof Syntax.Date d) {
            checkText(text, d.raw(), d.range(), problems);
        } else if (value instanceof Syntax.Quantity q) {
            checkValue(text, q.item(), problems);
        }
    }

    private static void checkText(String text, String expected, SourceRange r, List<String> problems) {
        int before = problems.size();
        checkRange("syntax node " + JavaLiteral.of(expected), r, text, problems);
        if (problems.size() > before) return;
        String actual = text.substring(r.startOffset(), r.endOffset());
        if (!actual.equals(expected)) {
            problems.add("syntax node " + JavaLiteral.of(expected) + " has the range of " + JavaLiteral.of(actual)
                    + " (" + r.startOffset() + ".." + r.endOffset() + ")");
        }
    }

    /** Recomputes line and column from the text itself, so a wrong line index in SourceFile is caught too. */
    static void checkRange(String who, SourceRange r, String text, List<String> problems) {
        if (r.startOffset() < 0 || r.startOffset() > r.endOffset() || r.endOffset() > text.length()) {
            problems.add(who + ": offsets " + r.startOffset() + ".." + r.endOffset() + " outside 0.." + text.length());
            return;
        }
        int[] start = lineAndColumn(text, r.startOffset());
        int[] end = lineAndColumn(text, r.endOffset());
        if (start[0] != r.startLine() || start[1] != r.startColumn()) {
            problems.add(who + ": start " + r.startLine() + ":" + r.startColumn() + " but offset " + r.startOffset()
                    + " is at " + start[0] + ":" + start[1]);
        }
        if (end[0] != r.endLine() || end[1] != r.endColumn()) {
            problems.add(who + ": end " + r.endLine() + ":" + r.endColumn() + " but offset " + r.endOffset()
                    + " is at " + end[0] + ":" + end[1]);
        }
    }

    /**
     * 1-based line and column (UTF-16 units) of an offset, counting `\n` as the only line break.
     * Written apart from SourceFile on purpose; a memo of the last text keeps it linear.
     */
    static int[] lineAndColumn(String text, int offset) {
        int[] starts = lineStarts(text);
        int line = java.util.Arrays.binarySearch(starts, offset);
        if (line < 0) line = -line - 2;
        return new int[] {line + 1, offset - starts[line] + 1};
    }

    private static String lastText;
    private static int[] lastStarts;

    private static synchronized int[] lineStarts(String text) {
        if (text != lastText) {
            int[] starts = new int[text.length() + 1];
            int count = 0;
            starts[count++] = 0;
            for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') starts[count++] = i + 1;
            lastStarts = java.util.Arrays.copyOf(starts, count);
            lastText = text;
        }
        return lastStarts;
    }
}
