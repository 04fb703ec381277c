package io.copydeck.dsl.model;

import io.copydeck.dsl.source.SourceRange;
import java.util.Map;

/**
 * Where a model node came from: the block's range, its header (`channel sms`), and the range of
 * each property written in it,
 * so that a check on the model can point at `window:` rather than at the whole campaign.
 */
public record Where(SourceRange range, SourceRange header, Map<String, SourceRange> properties) {
    public static final Where NOWHERE = new Where(null, null, Map.of());

    public Where {
        properties = Map.copyOf(properties);
    }

    /** The property's range, or the block's when the property was not written. */
    public SourceRange of(String property) {
        return properties.getOrDefault(property, range);
    }

    public boolean has(String property) { return properties.containsKey(property); }
}
