package io.copydeck.research;

import io.copydeck.dsl.format.Formatter;
import io.copydeck.dsl.model.Audience;
import io.copydeck.dsl.model.Spec;
import io.copydeck.dsl.source.SourceFile;
import io.copydeck.dsl.syntax.Syntax;
import io.copydeck.dsl.syntax.SyntaxParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * `--suggest`: the spec with what the reviews add, as inserted lines only. The pains and motivations the spec
 * lacks become a new audience block right after the compared audience ({@code <audience>_reviews}; a property
 * cannot be written twice, and extending the strategist's own list would change their line), each value with
 * a {@code //} comment citing its count and two quote ids. The block is laid out by the project's formatter;
 * every byte of the original file is kept as it was.
 */
public final class SpecSuggestion {
    /** The first inserted line starts with this: it marks the file as one Copydeck research wrote. */
    public static final String MARK = "// Suggested by copydeck research";

    private SpecSuggestion() {}

    /** The suggested text, or null when the reviews add nothing to the spec. */
    public static String suggest(String original, Path specFile, Spec spec, SpecComparison comparison, int analysed) {
        if (comparison.missingPains().isEmpty() && comparison.missingMotivations().isEmpty()) return null;
        Audience audience = spec.audiences().stream().filter(a -> a.id().equals(comparison.audience())).findFirst().orElse(null);
        String name = freeName(audience == null ? "customers" : audience.id(), spec);
        boolean inThisFile = audience != null && audience.where().range() != null
                && audience.where().range().file() != null
                && audience.where().range().file().toAbsolutePath().normalize().equals(specFile.toAbsolutePath().normalize());
        String newline = original.contains("\r\n") ? "\r\n" : "\n";
        List<String> lines = splitKeepingEnds(original);
        int insertAfter;
        String indent;
        if (inThisFile) {
            insertAfter = audience.where().range().endLine();
            String header = lines.get(audience.where().range().startLine() - 1);
            indent = header.substring(0, header.length() - header.stripLeading().length());
        } else {
            insertAfter = lines.size();
            indent = "";
        }
        String block = block(name, audience, comparison, analysed, indent.length() / 2);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < insertAfter && i < lines.size(); i++) out.append(lines.get(i));
        if (out.length() > 0 && !out.toString().endsWith("\n")) out.append(newline);
        out.append(newline);
        for (String line : block.split("\n")) out.append(line).append(newline);
        for (int i = insertAfter; i < lines.size(); i++) out.append(lines.get(i));
        return out.toString();
    }

    /**
     * The new audience block as the formatter lays it out at {@code depth} blocks deep: formatted inside as many
     * placeholder blocks, which are then taken off, so that its lines wrap at the formatter's width where they stand.
     */
    static String block(String name, Audience audience, SpecComparison c, int analysed, int depth) {
        StringBuilder s = new StringBuilder();
        s.append(MARK).append(" from ").append(analysed).append(" reviews (docs/research.md): what they say that ")
                .append(audience == null ? "the spec" : audience.id()).append(" does not declare.\n");
        s.append("audience ").append(name).append(" {\n");
        String who = audience == null ? "Customers" : capitalised(audience.description() == null ? audience.id() : audience.description());
        s.append("  description: ").append(string(who + ", as their reviews describe them")).append('\n');
        property(s, "pains", c.missingPains());
        property(s, "motivations", c.missingMotivations());
        s.append("}\n");
        String text = "placeholder {\n".repeat(depth) + s + "}\n".repeat(depth);
        Syntax.File parsed = SyntaxParser.parse(new SourceFile(Path.of("suggestion.campaign"), text));
        if (!parsed.diagnostics().isEmpty()) throw new IllegalStateException("a suggested block must parse: " + parsed.diagnostics());
        String[] lines = Formatter.format(parsed).split("\n");
        return String.join("\n", java.util.Arrays.asList(lines).subList(depth, lines.length - depth)) + "\n";
    }

    private static void property(StringBuilder s, String key, List<Finding> findings) {
        if (findings.isEmpty()) return;
        List<String> values = new ArrayList<>();
        for (Finding f : findings) {
            StringBuilder ids = new StringBuilder();
            for (Quote q : f.quotes().stream().limit(2).toList()) ids.append(ids.length() == 0 ? "" : ", ").append(commentSafe(q.id()));
            s.append("  // ").append(commentSafe(f.label())).append(": ").append(f.count()).append(" reviews, e.g. ").append(ids).append('\n');
            values.add(string(phrase(f)));
        }
        s.append("  ").append(key).append(": ").append(String.join(", ", values)).append('\n');
    }

    /** The finding in the customers' words: "battery (dies, dead)". */
    static String phrase(Finding f) {
        List<String> words = f.words().stream().limit(2).toList();
        return words.isEmpty() ? f.label() : f.label() + " (" + String.join(", ", words) + ")";
    }

    private static String freeName(String base, Spec spec) {
        Set<String> taken = new HashSet<>();
        for (Audience a : spec.audiences()) taken.add(a.id());
        String name = base + "_reviews";
        for (int n = 2; taken.contains(name); n++) name = base + "_reviews" + n;
        return name;
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** A campaign-language string literal. */
    static String string(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (ch < 0x20) out.append(String.format("\\u%04x", (int) ch));
                    else out.append(ch);
                }
            }
        }
        return out.append('"').toString();
    }

    /** Text for a `//` comment: one line, no control characters, at most 60 characters. */
    static String commentSafe(String s) {
        String one = s.replaceAll("[\\p{Cntrl}\\u2028\\u2029]", " ");
        return one.length() <= 60 ? one : one.substring(0, 57) + "...";
    }

    private static List<String> splitKeepingEnds(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) lines.add(text.substring(start));
        return lines;
    }
}
