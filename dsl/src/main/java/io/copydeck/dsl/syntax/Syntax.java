package io.copydeck.dsl.syntax;

import io.copydeck.dsl.diag.Diagnostic;
import io.copydeck.dsl.source.SourceFile;
import io.copydeck.dsl.source.SourceRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The syntax tree: the generic shape of a campaign file (blocks, properties, values), with
 * no meaning attached yet. The schema gives it meaning in the next stage.
 */
public final class Syntax {
    private Syntax() {}

    /** A parsed file: its members in source order, its comments, and the syntax diagnostics. */
    public record File(SourceFile source, List<Member> members, List<Comment> comments,
                       List<Diagnostic> diagnostics) {
        public File {
            members = List.copyOf(members);
            comments = List.copyOf(comments);
            diagnostics = List.copyOf(diagnostics);
        }
    }

    /** Something that can stand in a file or a block. */
    public sealed interface Member permits Import, Block, Property {
        SourceRange range();
    }

    /** `import "path"`. */
    public record Import(Str path, SourceRange range) implements Member {}

    /**
     * `kind label* { members }`. Most blocks have one label (`product cold_brew`); channels
     * have two (`channel email welcome`); `positioning` has none.
     */
    public record Block(Word kind, List<Word> labels, List<Member> members, SourceRange range,
                        SourceRange closeBrace) implements Member {
        public Block {
            labels = List.copyOf(labels);
            members = List.copyOf(members);
        }

        public List<Property> properties() {
            return members.stream().filter(Property.class::isInstance).map(Property.class::cast).toList();
        }

        public List<Block> blocks() {
            return members.stream().filter(Block.class::isInstance).map(Block.class::cast).toList();
        }
    }

    /** `key: value, value`. */
    public record Property(Word key, List<Value> values, SourceRange range) implements Member {
        public Property {
            values = List.copyOf(values);
        }

        public SourceRange valuesRange() {
            return values.isEmpty() ? range : values.get(0).range().to(values.get(values.size() - 1).range());
        }
    }

    /** An identifier with its place. */
    public record Word(String text, SourceRange range) {}

    /** A `//` or `/* *&#47;` comment, kept for the formatter. */
    public record Comment(String text, SourceRange range) {
        public boolean isLine() { return text.startsWith("//"); }
    }

    /** A value in a property's list. {@code raw} is the source text, which the formatter keeps. */
    public sealed interface Value permits Str, Num, NumRange, Percent, Date, DateRange, Name, Quantity {
        SourceRange range();

        /** How a strategist would call this kind of value, for type errors. */
        String describe();
    }

    public record Str(String value, String raw, boolean textBlock, SourceRange range) implements Value {
        public String describe() { return textBlock ? "a text block" : "a string"; }
    }

    /** A number, with the word after it on the same line: a currency (`3.49 USD`) or unit (`280 chars`). */
    public record Num(BigDecimal value, String raw, Word unit, SourceRange range) implements Value {
        public String describe() {
            if (unit == null) return "a number (" + raw + ")";
            return "`" + raw + " " + unit.text() + "`";
        }
    }

    public record NumRange(Num from, Num to, SourceRange range) implements Value {
        public String describe() { return "a number range (" + from.raw() + ".." + to.raw() + ")"; }
    }

    public record Percent(BigDecimal value, String raw, SourceRange range) implements Value {
        public String describe() { return "a percentage (" + raw + ")"; }
    }

    /** {@code date} is null when the text looks like a date but is not one (2027-02-30). */
    public record Date(LocalDate date, String raw, SourceRange range) implements Value {
        public String describe() { return "a date (" + raw + ")"; }
    }

    public record DateRange(Date from, Date to, SourceRange range) implements Value {
        public String describe() { return "a date range"; }
    }

    /** A bare identifier: a reference or an enum member, as the schema decides. */
    public record Name(String name, SourceRange range) implements Value {
        public String describe() { return "the name `" + name + "`"; }
    }

    /** `cold_brew x 12`. */
    public record Quantity(Name item, Num count, SourceRange range) implements Value {
        public String describe() { return "a quantity (`" + item.name() + " x " + count.raw() + "`)"; }
    }
}
