package io.copydeck.strapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.Iterator;
import java.util.Map;

/**
 * Strapi parses JSON in JavaScript, where integers beyond 2^53 lose digits: a 64-bit seed such as
 * 1206919737661355550 would come back as 1206919737661355500. Such integers travel as strings instead.
 */
final class JsSafeJson {
    private static final BigInteger MAX_SAFE = BigInteger.valueOf((1L << 53) - 1);

    private JsSafeJson() {
    }

    static JsonNode of(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return JsonNodeFactory.instance.nullNode();
        }
        if (node.isIntegralNumber() && node.bigIntegerValue().abs().compareTo(MAX_SAFE) > 0) {
            return JsonNodeFactory.instance.textNode(node.bigIntegerValue().toString());
        }
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                copy.set(e.getKey(), of(e.getValue()));
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(element -> copy.add(of(element)));
            return copy;
        }
        return node;
    }
}
