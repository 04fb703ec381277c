package io.copydeck.dsl.plan;

import java.util.Map;

/**
 * One field of one asset to write: channel × audience × product-or-bundle × variant × field.
 * {@code data} is the template data model: plain maps, lists, strings, numbers and booleans
 * only, so templates (user code) can read facts but call nothing.
 */
public record Job(String id, String channel, String kind, String audience, String offering, int variant,
                  String field, Constraints constraints, Decoding decoding, long seed, Map<String, Object> data) {

    /** The asset this field belongs to: the id without its last segment. */
    public String assetId() {
        return id.substring(0, id.lastIndexOf('/'));
    }
}
