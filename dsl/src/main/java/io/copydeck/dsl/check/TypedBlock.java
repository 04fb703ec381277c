package io.copydeck.dsl.check;

import io.copydeck.dsl.schema.BlockSpec;
import io.copydeck.dsl.schema.ChannelKind;
import io.copydeck.dsl.syntax.Syntax;
import java.util.List;
import java.util.Map;

/**
 * A block the schema has checked: its properties' values already read into Java types
 * (String, BigDecimal, Money, Length, Ref, ...). Values that failed to read are left out,
 * with a diagnostic already reported, so the model builder never sees bad data.
 */
public record TypedBlock(BlockSpec spec, Syntax.Block syntax, String name, ChannelKind channelKind,
                         Map<String, TypedProperty> properties, List<TypedBlock> children) {

    /** A property with its values read; {@code spec} is null for a `limits { }` field. */
    public record TypedProperty(String name, Syntax.Property syntax, List<Object> values) {}

    public List<TypedBlock> children(String kind) {
        return children.stream().filter(c -> c.spec().kind().equals(kind)).toList();
    }

    public <T> T one(String property, Class<T> type) {
        TypedProperty p = properties.get(property);
        if (p == null || p.values().isEmpty() || !type.isInstance(p.values().get(0))) return null;
        return type.cast(p.values().get(0));
    }

    public <T> List<T> all(String property, Class<T> type) {
        TypedProperty p = properties.get(property);
        if (p == null) return List.of();
        return p.values().stream().filter(type::isInstance).map(type::cast).toList();
    }
}
