package io.copydeck.dsl.schema;

import java.util.List;
import java.util.Optional;

/** A kind of channel (email, sms, ...): the fields of its assets and whether it takes hashtags. */
public record ChannelKind(String name, String doc, List<FieldSpec> fields, boolean social) {
    public ChannelKind {
        fields = List.copyOf(fields);
    }

    public Optional<FieldSpec> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    public List<String> fieldNames() {
        return fields.stream().map(FieldSpec::name).toList();
    }
}
