package io.copydeck.strapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * One asset of a build output folder (docs/outputs.md), with the text of its rendered files.
 *
 * @param rendered rendered file contents by extension ("html", "txt", "md"); empty for a failed asset
 * @param error why generation failed; null unless {@code status} is "failed"
 */
public record BuiltAsset(String id, String campaign, String channel, String kind, String audience, String product,
        int variant, JsonNode fields, Map<String, String> rendered, String status, JsonNode checks,
        JsonNode provenance, String error) {

    public boolean approved() {
        return "approved".equals(status);
    }
}
