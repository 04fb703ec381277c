package io.copydeck.eclipse.language;

import io.copydeck.dsl.check.References;
import io.copydeck.dsl.schema.BlockSpec;
import io.copydeck.dsl.schema.ChannelKind;
import io.copydeck.dsl.schema.FieldKind;
import io.copydeck.dsl.schema.PropertySpec;
import io.copydeck.dsl.schema.RefKind;
import io.copydeck.dsl.schema.Schema;
import io.copydeck.dsl.syntax.Syntax;
import java.util.EnumSet;
import java.util.Optional;

/** Hover documentation from the schema for the word under the caret. */
public final class HoverDocs {
    private final Schema schema = Schema.get();

    public Optional<String> at(SpecSnapshot snapshot, int offset) {
        NodeAtOffset at = NodeAtOffset.find(snapshot.rootFile(), offset);
        Syntax.Block block = at.innermostBlock();
        if (at.word != null && block != null && at.word == block.kind()) {
            return schema.block(block.kind().text()).map(b -> "block `" + b.kind() + "`: " + b.doc());
        }
        if (at.word != null && block != null && block.kind().text().equals("channel")
                && !block.labels().isEmpty() && at.word == block.labels().get(0)) {
            return schema.channelKind(at.word.text()).map(HoverDocs::describe);
        }
        if (at.property != null && at.word == at.property.key()) {
            return propertyDoc(at, block);
        }
        if (at.value instanceof Syntax.Name name) {
            Optional<References.Declaration> d = snapshot.result().references()
                    .find(name.name(), EnumSet.allOf(RefKind.class));
            if (d.isPresent()) {
                return Optional.of(d.get().kind().word() + " `" + name.name() + "`, declared at "
                        + d.get().range().file().getFileName() + ":" + d.get().range().startLine());
            }
            return propertyDoc(at, block);
        }
        return Optional.empty();
    }

    private Optional<String> propertyDoc(NodeAtOffset at, Syntax.Block block) {
        if (block == null || at.property == null) return Optional.empty();
        String key = at.property.key().text();
        if (block.kind().text().equals("limits")) {
            Syntax.Block channel = at.blocks.size() >= 2 ? at.blocks.get(at.blocks.size() - 2) : null;
            if (channel == null || channel.labels().isEmpty()) return Optional.empty();
            return schema.channelKind(channel.labels().get(0).text()).flatMap(k -> k.field(key))
                    .map(HoverDocs::describe);
        }
        return schema.block(block.kind().text()).flatMap(b -> b.property(key)).map(HoverDocs::describe);
    }

    static String describe(PropertySpec p) {
        String range = p.rangeDescription();
        return "`" + p.name() + "`" + (p.required() ? " (required)" : "") + ": " + p.doc() + "\nType: "
                + p.typeDescription() + (range.isEmpty() ? "" : ", " + range);
    }

    static String describe(FieldKind f) {
        return "field `" + f.name() + "`: " + f.doc()
                + (f.limit() == null ? "" : "\nPlatform limit: " + f.limit() + " (" + f.limitKind().name().toLowerCase() + ")");
    }

    static String describe(ChannelKind k) {
        return "channel kind `" + k.name() + "`: " + k.doc() + "\nFields: " + String.join(", ", k.fieldNames());
    }

    static String describe(BlockSpec b) {
        return "block `" + b.kind() + "`: " + b.doc();
    }
}
