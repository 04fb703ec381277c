package io.copydeck.dsl.format;

import io.copydeck.dsl.schema.BlockSpec;
import io.copydeck.dsl.schema.Schema;
import io.copydeck.dsl.source.SourceRange;
import io.copydeck.dsl.syntax.Syntax;
import java.util.List;

/**
 * The canonical layout of a campaign file. Two-space indents, one property per line, `{` on
 * the header line, one blank line between top-level blocks, blank lines inside blocks kept
 * (at most one), comments kept where they were (own line or end of line). Small leaf blocks
 * the schema marks inline (`limits`, `generation`) stay on one line. Values keep their
 * source spelling, so formatting never changes meaning; it is idempotent by construction.
 */
public final class Formatter {
    static final int WIDTH = 100;
    private static final String INDENT = "  ";

    private final Syntax.File file;
    private final List<Syntax.Comment> comments;
    private final StringBuilder out = new StringBuilder();
    private int nextComment;
    /** Last source line whose content has been emitted, to preserve blank lines. */
    private int lastSourceLine;
    /** Where the next member starts: trailing comments must come before it. */
    private int limit = Integer.MAX_VALUE;

    private Formatter(Syntax.File file) {
        this.file = file;
        this.comments = file.comments();
    }

    /** Formats a file that parsed without syntax errors. */
    public static String format(Syntax.File file) {
        Formatter f = new Formatter(file);
        f.members(file.members(), "", true, Integer.MAX_VALUE);
        f.trimTrailingBlankLines();
        return f.out.toString();
    }

    private void members(List<Syntax.Member> members, String indent, boolean topLevel, int endOffset) {
        Syntax.Member previous = null;
        for (int i = 0; i < members.size(); i++) {
            Syntax.Member m = members.get(i);
            // An end-of-line comment belongs to the last member on its line, not to one before it.
            limit = i + 1 < members.size() ? members.get(i + 1).range().startOffset() : endOffset;
            boolean blank = previous != null && (topLevel
                    ? !(previous instanceof Syntax.Import && m instanceof Syntax.Import)
                    : hadBlankLineBefore(m.range()));
            if (blank) blankLine();
            leadingComments(m.range().startOffset(), indent, previous != null);
            if (m instanceof Syntax.Import imp) {
                line(indent + "import " + imp.path().raw());
                trailingComments(imp.range());
            } else if (m instanceof Syntax.Property p) {
                property(p, indent);
            } else if (m instanceof Syntax.Block b) {
                block(b, indent);
            }
            previous = m;
        }
        // Comments after the last member, before the block's `}` (or the end of the file).
        leadingComments(endOffset, indent, previous != null);
    }

    private boolean hadBlankLineBefore(SourceRange next) {
        int firstLine = next.startLine();
        if (nextComment < comments.size() && comments.get(nextComment).range().startOffset() < next.startOffset()) {
            firstLine = comments.get(nextComment).range().startLine();
        }
        return firstLine - lastSourceLine > 1;
    }

    private void property(Syntax.Property p, String indent) {
        String head = indent + p.key().text() + ":";
        List<String> values = p.values().stream().map(Formatter::value).toList();
        String oneLine = head + " " + String.join(", ", values);
        if (oneLine.length() <= WIDTH || values.size() == 1) {
            line(oneLine);
        } else {
            StringBuilder current = new StringBuilder(head);
            String continuation = indent + INDENT + INDENT;
            for (int i = 0; i < values.size(); i++) {
                String piece = values.get(i) + (i < values.size() - 1 ? "," : "");
                boolean first = current.length() == head.length();
                if (!first && current.length() + 1 + piece.length() > WIDTH) {
                    line(current.toString());
                    current = new StringBuilder(continuation).append(piece);
                } else {
                    current.append(' ').append(piece);
                }
            }
            line(current.toString());
        }
        trailingComments(p.range());
    }

    private void block(Syntax.Block b, String indent) {
        StringBuilder header = new StringBuilder(indent).append(b.kind().text());
        for (Syntax.Word label : b.labels()) header.append(' ').append(label.text());
        String inline = inlineForm(b);
        if (inline != null && (header.length() + 3 + inline.length()) <= WIDTH) {
            line(header + (inline.isEmpty() ? " { }" : " { " + inline + " }"));
            lastSourceLine = b.closeBrace().endLine();
            trailingComments(b.closeBrace());
            return;
        }
        line(header + " {");
        lastSourceLine = b.kind().range().startLine();
        SourceRange headerLine = b.kind().range();
        int firstInside = b.members().isEmpty() ? b.closeBrace().startOffset() : b.members().get(0).range().startOffset();
        while (nextComment < comments.size()) {
            Syntax.Comment c = comments.get(nextComment);
            if (c.range().startLine() != headerLine.startLine() || c.range().startOffset() >= firstInside) break;
            appendToLastLine(" " + c.text());
            lastSourceLine = c.range().endLine();
            nextComment++;
        }
        int outerLimit = limit;
        members(b.members(), indent + INDENT, false, b.closeBrace().startOffset());
        limit = outerLimit;
        line(indent + "}");
        lastSourceLine = b.closeBrace().endLine();
        trailingComments(b.closeBrace());
    }

    /** `a: 1, b: 2` when the schema marks the block inline and it holds only properties and no comments. */
    private String inlineForm(Syntax.Block b) {
        boolean inlineKind = Schema.get().block(b.kind().text()).map(BlockSpec::inline).orElse(false);
        boolean empty = b.members().isEmpty() && !hasCommentsIn(b.range());
        if (empty) return "";
        if (!inlineKind || !b.blocks().isEmpty() || hasCommentsIn(b.range())) return null;
        if (b.members().stream().anyMatch(m -> !(m instanceof Syntax.Property))) return null;
        StringBuilder s = new StringBuilder();
        for (Syntax.Property p : b.properties()) {
            if (s.length() > 0) s.append(", ");
            s.append(p.key().text()).append(": ").append(String.join(", ", p.values().stream().map(Formatter::value).toList()));
            if (p.values().size() > 1) return null; // a list would blur where the next property starts
        }
        return s.toString();
    }

    private boolean hasCommentsIn(SourceRange range) {
        for (int i = nextComment; i < comments.size(); i++) {
            int at = comments.get(i).range().startOffset();
            if (at >= range.endOffset()) return false;
            if (at >= range.startOffset()) return true;
        }
        return false;
    }

    /** Comments before {@code offset}, each on its own line. */
    private void leadingComments(int offset, String indent, boolean afterSomething) {
        while (nextComment < comments.size() && comments.get(nextComment).range().startOffset() < offset) {
            Syntax.Comment c = comments.get(nextComment++);
            if (afterSomething && lastSourceLine > 0 && c.range().startLine() - lastSourceLine > 1) blankLine();
            line(indent + c.text());
            lastSourceLine = c.range().endLine();
            afterSomething = true;
        }
    }

    /** Comments that start on the line where {@code range} ends stay at the end of that line. */
    private void trailingComments(SourceRange range) {
        lastSourceLine = Math.max(lastSourceLine, range.endLine());
        while (nextComment < comments.size()) {
            Syntax.Comment c = comments.get(nextComment);
            if (c.range().startLine() != range.endLine() || c.range().startOffset() < range.endOffset()
                    || c.range().startOffset() >= limit) break;
            appendToLastLine(" " + c.text());
            lastSourceLine = c.range().endLine();
            nextComment++;
        }
    }

    static String value(Syntax.Value v) {
        if (v instanceof Syntax.Str s) return s.raw();
        if (v instanceof Syntax.Num n) return n.unit() == null ? n.raw() : n.raw() + " " + n.unit().text();
        if (v instanceof Syntax.NumRange r) return r.from().raw() + ".." + r.to().raw();
        if (v instanceof Syntax.Percent p) return p.raw();
        if (v instanceof Syntax.Date d) return d.raw();
        if (v instanceof Syntax.DateRange r) return r.from().raw() + " .. " + r.to().raw();
        if (v instanceof Syntax.Name n) return n.name();
        if (v instanceof Syntax.Quantity q) return q.item().name() + " x " + q.count().raw();
        throw new IllegalArgumentException("unknown value " + v);
    }

    private void line(String text) {
        out.append(text.stripTrailing()).append('\n');
    }

    private void blankLine() {
        if (out.length() > 0 && !out.toString().endsWith("\n\n")) out.append('\n');
    }

    private void appendToLastLine(String text) {
        out.setLength(out.length() - 1);
        out.append(text.stripTrailing()).append('\n');
    }

    private void trimTrailingBlankLines() {
        while (out.length() > 1 && out.charAt(out.length() - 1) == '\n' && out.charAt(out.length() - 2) == '\n') {
            out.setLength(out.length() - 1);
        }
    }
}
