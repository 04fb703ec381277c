package io.copydeck.compiler.rules;

import io.copydeck.dsl.brief.Brief;
import io.copydeck.dsl.brief.FieldSpec;
import java.util.Map;

/**
 * What an asset-level rule reads: the brief, the channel's field spec (must-includes, avoided
 * phrases and limits are the channel's, the same on every field), the chosen field texts, and the
 * text a recipient is sent (rendered files, tags dropped, spaces collapsed).
 */
public record AssetInput(Brief brief, FieldSpec channel, Map<String, String> fields, String sent) {
    public AssetInput {
        fields = Map.copyOf(fields);
    }
}
