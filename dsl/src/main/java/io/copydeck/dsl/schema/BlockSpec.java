package io.copydeck.dsl.schema;

import java.util.List;
import java.util.Optional;

/**
 * One block kind: how it is named, its properties and nested blocks, and its documentation.
 * {@code fieldLimits} marks `limits { }`, whose properties are the channel kind's fields.
 * {@code inline} asks the formatter to keep the block on one line when it fits.
 */
public record BlockSpec(String kind, Naming naming, String doc, List<PropertySpec> properties,
                        List<ChildSpec> children, boolean fieldLimits, boolean inline) {

    public enum Naming {
        /** `positioning { }` */
        NONE,
        /** `product cold_brew { }` */
        REQUIRED,
        /** `channel email welcome { }`: a channel kind, then an optional name. */
        CHANNEL
    }

    public BlockSpec {
        properties = List.copyOf(properties);
        children = List.copyOf(children);
    }

    public Optional<PropertySpec> property(String name) {
        return properties.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    public Optional<ChildSpec> child(String kind) {
        return children.stream().filter(c -> c.kind().equals(kind)).findFirst();
    }
}
