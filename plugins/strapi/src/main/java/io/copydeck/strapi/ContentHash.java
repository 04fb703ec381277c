package io.copydeck.strapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of a JSON document in canonical form (keys sorted at every level), stored with each entry
 * so that a republish compares one string per asset instead of reading every field back.
 */
final class ContentHash {
    /** Part of every hash: bump it when the mapping to Strapi attributes changes, so every entry is rewritten. */
    static final String MAPPING_VERSION = "copydeck-strapi/1";
    private static final ObjectMapper CANONICAL = new ObjectMapper()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private ContentHash() {
    }

    static String of(JsonNode document) {
        try {
            // Through plain maps, which ORDER_MAP_ENTRIES_BY_KEYS sorts; ObjectNode keeps insertion order.
            Object plain = CANONICAL.convertValue(document, Object.class);
            byte[] bytes = (MAPPING_VERSION + "\n" + CANONICAL.writeValueAsString(plain))
                    .getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot hash a JSON tree", e);
        }
    }
}
