package io.copydeck.dsl.schema;

import java.util.List;
import java.util.Optional;

/**
 * A kind of channel (email, sms, ...): the fields of its assets, whether it takes hashtags, what
 * every asset of it must carry and the files it is written as ({@link Compliance}), and whether
 * its assets have a call to action the channel's `cta` fills ({@code ctaField}, null when none).
 */
public record ChannelKind(String name, String doc, List<FieldKind> fields, boolean social, Compliance compliance,
                          String ctaField) {
    public ChannelKind {
        fields = List.copyOf(fields);
    }

    public Optional<FieldKind> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    public List<String> fieldNames() {
        return fields.stream().map(FieldKind::name).toList();
    }
}
