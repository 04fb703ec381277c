package io.copydeck.strapi;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What one Copydeck object becomes in Strapi: its unique external id, its attributes and their hash.
 * Relations are not part of it: they point at Strapi's own document ids and are added when sending.
 */
record StrapiEntry(String externalId, ObjectNode attributes, String contentHash) {

    /** The body's "data": attributes, hash, and the given relations (name → documentId). */
    ObjectNode data(ObjectNode relations) {
        ObjectNode data = attributes.deepCopy();
        data.put("contentHash", contentHash);
        data.setAll(relations);
        return data;
    }
}
