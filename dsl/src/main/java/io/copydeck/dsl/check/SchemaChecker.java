package io.copydeck.dsl.check;

import io.copydeck.dsl.diag.Code;
import io.copydeck.dsl.diag.Diagnostic;
import io.copydeck.dsl.diag.Fix;
import io.copydeck.dsl.diag.TextEdit;
import io.copydeck.dsl.schema.BlockSpec;
import io.copydeck.dsl.schema.ChannelKind;
import io.copydeck.dsl.schema.ChildSpec;
import io.copydeck.dsl.schema.PropertySpec;
import io.copydeck.dsl.schema.Schema;
import io.copydeck.dsl.source.SourceFile;
import io.copydeck.dsl.source.SourceRange;
import io.copydeck.dsl.syntax.Syntax;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a syntax tree against the schema: block kinds, names, properties, value types,
 * required-ness and counts. Reads every good value into its Java type on the way.
 */
final class SchemaChecker {
    private final Schema schema;
    private final SourceFile source;
    private final List<Diagnostic> diagnostics;
    private final ValueReader values;
    private List<Diagnostic> syntaxErrors = List.of();

    SchemaChecker(Schema schema, SourceFile source, List<Diagnostic> diagnostics) {
        this.schema = schema;
        this.source = source;
        this.diagnostics = diagnostics;
        this.values = new ValueReader(diagnostics);
    }

    TypedBlock checkFile(Syntax.File file) {
        this.syntaxErrors = file.diagnostics();
        return checkMembers(schema.root(), null, null, null, file.members());
    }

    private TypedBlock checkMembers(BlockSpec spec, Syntax.Block block, String name, ChannelKind kind,
                                    List<Syntax.Member> members) {
        Map<String, TypedBlock.TypedProperty> properties = new LinkedHashMap<>();
        List<TypedBlock> children = new ArrayList<>();
        Map<String, Integer> counts = new HashMap<>();
        Map<String, TypedBlock> localNames = new HashMap<>();
        for (Syntax.Member member : members) {
            if (member instanceof Syntax.Import imp) {
                if (block != null) report(Code.E110, "`import` belongs at the top of a file, not inside a block",
                        imp.range(), null);
            } else if (member instanceof Syntax.Property p) {
                TypedBlock.TypedProperty typed = spec.fieldLimits() ? checkLimit(p, kind) : checkProperty(spec, p);
                if (typed == null) continue;
                TypedBlock.TypedProperty first = properties.get(typed.name());
                if (first != null) {
                    report(Code.E106, "`" + typed.name() + "` is already set in this block, at line "
                            + first.syntax().range().startLine() + "; keep one", p.key().range(), null);
                } else {
                    properties.put(typed.name(), typed);
                }
            } else if (member instanceof Syntax.Block b) {
                TypedBlock child = checkChild(spec, b, counts, kind);
                if (child != null && isUniqueLocally(child, localNames)) children.add(child);
            }
        }
        // A block with a syntax error inside lost what recovery skipped: "missing" would be noise.
        if (block != null && !hasSyntaxErrorIn(block.range())) checkRequired(spec, block, kind, properties, counts);
        return new TypedBlock(spec, block, name, kind, properties, children);
    }

    /**
     * A block kind {@link Schema#namedLocally named locally} (a support block's `policy` or `faq`)
     * has names unique among its siblings only: two `policy returns` in one block are an error
     * (E107), and the second is left out. Other names are checked spec-wide by {@link References},
     * so they are not reported here twice.
     */
    private boolean isUniqueLocally(TypedBlock child, Map<String, TypedBlock> seen) {
        String kind = child.spec().kind();
        if (child.name() == null || !schema.namedLocally(kind)) return true;
        TypedBlock first = seen.putIfAbsent(kind + " " + child.name(), child);
        if (first == null) return true;
        report(Code.E107, kind + " `" + child.name() + "` is declared twice in this block; the first is at line "
                + first.syntax().range().startLine() + ". Rename or merge one", header(child.syntax()), null);
        return false;
    }

    private boolean hasSyntaxErrorIn(SourceRange range) {
        for (Diagnostic d : syntaxErrors) {
            int at = d.range().startOffset();
            if (at >= range.startOffset() && at <= range.endOffset()) return true;
        }
        return false;
    }

    // ---- blocks -------------------------------------------------------------------------

    private TypedBlock checkChild(BlockSpec parent, Syntax.Block b, Map<String, Integer> counts,
                                  ChannelKind context) {
        String kind = b.kind().text();
        Optional<ChildSpec> allowed = parent.child(kind);
        if (allowed.isEmpty()) {
            reportMisplacedBlock(parent, b);
            return null;
        }
        int count = counts.merge(kind, 1, Integer::sum);
        if (count > allowed.get().max()) {
            report(Code.E110, "at most " + (allowed.get().max() == 1 ? "one" : allowed.get().max()) + " `" + kind
                    + "` block " + where(parent) + "; merge this one into the first", header(b), null);
            return null;
        }
        BlockSpec spec = schema.block(kind).orElseThrow();
        return switch (spec.naming()) {
            case NONE -> {
                if (!b.labels().isEmpty()) {
                    report(Code.E111, "a `" + kind + "` block has no name: write `" + kind + " {`",
                            b.labels().get(0).range().to(b.labels().get(b.labels().size() - 1).range()),
                            Fix.replace("Remove the name", removal(b), ""));
                }
                yield checkMembers(spec, b, null, context, b.members());
            }
            case REQUIRED -> {
                if (b.labels().isEmpty()) {
                    report(Code.E111, "a `" + kind + "` block needs a name, like `" + kind + " my_" + kind + " {`",
                            b.kind().range(), null);
                    yield null;
                }
                if (b.labels().size() > 1) {
                    report(Code.E111, "a `" + kind + "` block has one name; `" + b.labels().get(1).text()
                            + "` is one word too many", b.labels().get(1).range(), null);
                }
                yield checkMembers(spec, b, b.labels().get(0).text(), null, b.members());
            }
            case CHANNEL -> checkChannel(spec, b);
        };
    }

    private TypedBlock checkChannel(BlockSpec spec, Syntax.Block b) {
        if (b.labels().isEmpty()) {
            report(Code.E111, "a channel needs a kind: `channel KIND NAME? {`, where KIND is one of "
                    + String.join(", ", schema.channelKindNames()), b.kind().range(), null);
            return null;
        }
        Syntax.Word kindWord = b.labels().get(0);
        Optional<ChannelKind> kind = schema.channelKind(kindWord.text());
        if (kind.isEmpty()) {
            Optional<String> near = Suggest.closest(kindWord.text(), schema.channelKindNames());
            report(Code.E108, "unknown channel kind `" + kindWord.text() + "`" + near.map(n -> "; did you mean `"
                            + n + "`?").orElse("; the kinds are " + String.join(", ", schema.channelKindNames())),
                    kindWord.range(), near.map(n -> Fix.replace("Change to `" + n + "`", kindWord.range(), n))
                            .orElse(null));
            return null;
        }
        if (b.labels().size() > 2) {
            report(Code.E111, "a channel has a kind and at most one name; `" + b.labels().get(2).text()
                    + "` is one word too many", b.labels().get(2).range(), null);
        }
        String name = b.labels().size() > 1 ? b.labels().get(1).text() : kindWord.text();
        return checkMembers(spec, b, name, kind.get(), b.members());
    }

    private void reportMisplacedBlock(BlockSpec parent, Syntax.Block b) {
        String kind = b.kind().text();
        if (schema.block(kind).isPresent() && !kind.equals(Schema.FILE)) {
            String home = schema.blocks().stream().filter(s -> s.child(kind).isPresent())
                    .map(s -> s.kind().equals(Schema.FILE) ? "at the top of a file" : "inside `" + s.kind() + " { }`")
                    .reduce((x, y) -> x + " or " + y).orElse("elsewhere");
            report(Code.E110, "a `" + kind + "` block does not belong " + where(parent) + "; it goes " + home,
                    header(b), null);
            return;
        }
        if (parent.property(kind).isPresent()) {
            report(Code.E103, "`" + kind + "` is a property: write `" + kind + ": value`, not a block",
                    header(b), null);
            return;
        }
        List<String> kinds = parent.children().stream().map(ChildSpec::kind).toList();
        Optional<String> near = Suggest.closest(kind, kinds);
        String known = kinds.isEmpty() ? "no blocks belong here" : "blocks here are " + String.join(", ", kinds);
        report(Code.E101, "unknown block `" + kind + "`" + near.map(n -> "; did you mean `" + n + "`?")
                        .orElse("; " + known), b.kind().range(),
                near.map(n -> Fix.replace("Change to `" + n + "`", b.kind().range(), n)).orElse(null));
    }

    private static String where(BlockSpec parent) {
        return parent.kind().equals(Schema.FILE) ? "at the top of a file" : "in a `" + parent.kind() + "` block";
    }

    private SourceRange removal(Syntax.Block b) {
        SourceRange last = b.labels().get(b.labels().size() - 1).range();
        return source.range(b.kind().range().endOffset(), last.endOffset());
    }

    private static SourceRange header(Syntax.Block b) {
        return b.labels().isEmpty() ? b.kind().range() : b.kind().range().to(b.labels().get(b.labels().size() - 1).range());
    }

    // ---- properties -----------------------------------------------------------------------

    private TypedBlock.TypedProperty checkProperty(BlockSpec spec, Syntax.Property p) {
        String key = p.key().text();
        Optional<PropertySpec> found = spec.property(key);
        if (found.isEmpty()) {
            reportUnknownProperty(spec, p);
            return null;
        }
        PropertySpec ps = found.get();
        if (!ps.list() && p.values().size() > 1) {
            report(Code.E109, "`" + key + "` takes one value, not a list", p.values().get(1).range()
                    .to(p.values().get(p.values().size() - 1).range()), null);
        }
        List<Object> read = new ArrayList<>();
        for (Syntax.Value v : ps.list() ? p.values() : p.values().subList(0, Math.min(1, p.values().size()))) {
            Object value = values.read(ps, v);
            if (value != null) read.add(value);
        }
        return new TypedBlock.TypedProperty(key, p, read);
    }

    private void reportUnknownProperty(BlockSpec spec, Syntax.Property p) {
        String key = p.key().text();
        if (spec.child(key).isPresent()) {
            report(Code.E102, "`" + key + "` is a block: write `" + key + " { ... }`", p.key().range(), null);
            return;
        }
        List<String> names = spec.properties().stream().map(PropertySpec::name).toList();
        Optional<String> near = Suggest.closest(key, names);
        String hint = near.map(n -> "; did you mean `" + n + "`?").orElse(names.isEmpty()
                ? "; this block holds no properties"
                : "; properties here are " + String.join(", ", names));
        if (near.isEmpty() && spec.kind().equals("channel")) {
            hint += ". Per-field lengths go in `limits { FIELD: LENGTH }`";
        }
        report(Code.E102, "unknown property `" + key + "` " + where(spec) + hint, p.key().range(),
                near.map(n -> Fix.replace("Change to `" + n + "`", p.key().range(), n)).orElse(null));
    }

    /** `limits { subject: 60 chars }`: the keys are the fields of the enclosing channel's kind. */
    private TypedBlock.TypedProperty checkLimit(Syntax.Property p, ChannelKind kind) {
        String key = p.key().text();
        if (kind == null) return null;
        if (kind.field(key).isEmpty()) {
            Optional<String> near = Suggest.closest(key, kind.fieldNames());
            report(Code.E118, "`" + kind.name() + "` has no field `" + key + "`" + near.map(n -> "; did you mean `"
                    + n + "`?").orElse("; its fields are " + String.join(", ", kind.fieldNames())),
                    p.key().range(), near.map(n -> Fix.replace("Change to `" + n + "`", p.key().range(), n)).orElse(null));
            return null;
        }
        if (p.values().size() > 1) {
            report(Code.E109, "a limit is one length, like `60 chars`", p.values().get(1).range(), null);
        }
        Object length = p.values().isEmpty() ? null : values.readLength(p.values().get(0), key);
        return new TypedBlock.TypedProperty(key, p, length == null ? List.of() : List.of(length));
    }

    private void checkRequired(BlockSpec spec, Syntax.Block block, ChannelKind kind,
                               Map<String, TypedBlock.TypedProperty> properties, Map<String, Integer> counts) {
        for (PropertySpec ps : spec.properties()) {
            if (!ps.required() || properties.containsKey(ps.name())) continue;
            boolean written = block.properties().stream().anyMatch(p -> p.key().text().equals(ps.name()));
            if (written) continue; // present but unreadable: already reported
            String example = ps.name() + ": " + ps.type().example();
            report(Code.E105, "this `" + spec.kind() + "` needs `" + ps.name() + "` (" + ps.typeDescription()
                    + "), like `" + example + "`", header(block), new Fix("Add `" + ps.name() + ":`",
                    List.of(insertBeforeClose(block, example))));
        }
        for (ChildSpec child : spec.children()) {
            if (child.min() > 0 && counts.getOrDefault(child.kind(), 0) < child.min()) {
                String example = child.kind().equals("channel") ? "channel email { }" : child.kind() + " { }";
                report(Code.E105, "this `" + spec.kind() + "` needs at least one `" + child.kind() + "` block, like `"
                        + example + "`", header(block), null);
            }
        }
    }

    private TextEdit insertBeforeClose(Syntax.Block block, String line) {
        return Edits.insertBeforeClose(source, block.range(), line);
    }

    private void report(Code code, String message, SourceRange range, Fix fix) {
        diagnostics.add(new Diagnostic(code, message, range, fix));
    }
}
