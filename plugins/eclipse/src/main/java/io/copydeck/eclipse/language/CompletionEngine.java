package io.copydeck.eclipse.language;

import io.copydeck.dsl.check.References;
import io.copydeck.dsl.schema.BlockSpec;
import io.copydeck.dsl.schema.ChannelKind;
import io.copydeck.dsl.schema.ChildSpec;
import io.copydeck.dsl.schema.FieldKind;
import io.copydeck.dsl.schema.PropertySpec;
import io.copydeck.dsl.schema.RefKind;
import io.copydeck.dsl.schema.Schema;
import io.copydeck.dsl.schema.ValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Content assist from the schema: what may be typed at a caret, and declared names for references. */
public final class CompletionEngine {
    private final Schema schema = Schema.get();

    /**
     * @param references the declarations of the last check (may be a little stale while typing), or null
     */
    public List<Completion> complete(String text, int caret, References references) {
        CaretContext c = CaretContext.at(text, caret);
        List<Completion> all = switch (c.position) {
            case MEMBER_START -> members(c);
            case VALUE -> {
                List<Completion> values = values(c, references);
                yield values.isEmpty() && c.afterComma ? members(c) : values;
            }
            case CHANNEL_KIND -> channelKinds();
            case OTHER -> List.of();
        };
        return all.stream().filter(p -> p.label().startsWith(c.prefix)).toList();
    }

    private List<Completion> members(CaretContext c) {
        List<Completion> out = new ArrayList<>();
        if (c.blockKind().equals("limits")) {
            Optional<ChannelKind> kind = Optional.ofNullable(c.enclosingChannelKind()).flatMap(schema::channelKind);
            for (FieldKind f : kind.map(ChannelKind::fields).orElse(List.of())) {
                if (c.current().keys().contains(f.name())) continue;
                out.add(new Completion(f.name() + ": ", f.name(), f.doc()));
            }
            return out;
        }
        Optional<BlockSpec> block = schema.block(c.blockKind());
        if (block.isEmpty()) return out;
        for (PropertySpec p : block.get().properties()) {
            if (c.current().keys().contains(p.name())) continue; // a property may be given once (E106)
            out.add(new Completion(p.name() + ": ", p.name(), p.doc() + " (" + p.typeDescription() + ")"));
        }
        // Imports come first in a file (E012): offer one only before the first block.
        if (c.open.isEmpty() && c.current().blocks().isEmpty()) {
            out.add(new Completion("import \"\"", "import", "Import the blocks of another file."));
        }
        for (ChildSpec child : block.get().children()) {
            if (child.max() == 1 && c.current().blocks().contains(child.kind())) continue;
            schema.block(child.kind()).ifPresent(b -> out.add(new Completion(
                    b.naming() == BlockSpec.Naming.NONE ? b.kind() + " {" : b.kind() + " ", b.kind(), b.doc())));
        }
        return out;
    }

    private List<Completion> values(CaretContext c, References references) {
        Optional<PropertySpec> property = schema.block(c.blockKind()).flatMap(b -> b.property(c.key));
        if (property.isEmpty()) return List.of();
        PropertySpec p = property.get();
        List<Completion> out = new ArrayList<>();
        if (p.type() == ValueType.ENUM) {
            for (String member : p.members()) out.add(new Completion(member, member, p.doc()));
        } else if (p.type() == ValueType.CHANNEL_KIND) {
            out.addAll(channelKinds());
        } else if ((p.type() == ValueType.REFERENCE || p.type() == ValueType.ITEM) && references != null) {
            for (RefKind kind : RefKind.values()) {
                if (!p.refKinds().contains(kind)) continue;
                for (References.Declaration d : references.all(kind)) {
                    out.add(new Completion(d.name(), d.name(), kind.word() + " declared at "
                            + d.range().file().getFileName() + ":" + d.range().startLine()));
                }
            }
        }
        return out;
    }

    private List<Completion> channelKinds() {
        return schema.channelKinds().stream().map(k -> new Completion(k.name() + " ", k.name(), k.doc())).toList();
    }
}
