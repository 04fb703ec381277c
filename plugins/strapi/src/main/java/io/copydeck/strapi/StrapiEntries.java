package io.copydeck.strapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.copydeck.compiler.output.BuiltAsset;
import io.copydeck.compiler.output.BuiltCampaign;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;

/**
 * Maps a build's campaign and assets to the attributes of the copydeck-campaign, copydeck-asset and
 * copydeck-faq-page types.
 */
final class StrapiEntries {
    private static final ObjectMapper JSON = new ObjectMapper();

    private StrapiEntries() {
    }

    static StrapiEntry campaign(BuiltCampaign c) {
        ObjectNode a = JsonNodeFactory.instance.objectNode();
        a.put("externalId", c.id());
        a.put("title", c.title());
        a.put("specFile", c.spec());
        a.put("generator", c.generator());
        a.put("modelHash", c.model());
        return new StrapiEntry(c.id(), a, ContentHash.of(a));
    }

    /** The attributes {@link #asset} writes. */
    static final List<String> ASSET_ATTRIBUTES = List.of("externalId", "kind", "channel", "audience", "product",
            "variant", "fields", "body", "html", "copyStatus", "approved", "checks", "error", "provenance");

    /**
     * The content hash of a stored asset draft's attributes as they are now: equal to its stored contentHash
     * exactly when nobody changed the draft in Strapi since Copydeck wrote it.
     */
    static String hashOfStored(JsonNode draft) {
        return hashOfStored(draft, ASSET_ATTRIBUTES);
    }

    /** As {@link #hashOfStored(JsonNode)}, for a type that writes {@code attributes}. */
    static String hashOfStored(JsonNode draft, List<String> attributes) {
        ObjectNode a = JsonNodeFactory.instance.objectNode();
        for (String name : attributes) {
            JsonNode value = draft.path(name);
            a.set(name, value.isMissingNode() ? JsonNodeFactory.instance.nullNode()
                    : name.equals(ENTRIES) ? withoutIds(value) : value);
        }
        return ContentHash.of(a);
    }

    /** Strapi gives each stored component an id of its own; what Copydeck wrote has none. */
    private static JsonNode withoutIds(JsonNode components) {
        ArrayNode copy = JsonNodeFactory.instance.arrayNode();
        for (JsonNode c : components) {
            copy.add(c.isObject() ? ((ObjectNode) c.deepCopy()).without("id") : c);
        }
        return copy;
    }

    /** The repeatable copydeck.faq-entry component of an FAQ page: one {question, answer} per entry. */
    static final String ENTRIES = "entries";

    /** The attributes {@link #faqPage} writes. */
    static final List<String> FAQ_PAGE_ATTRIBUTES = List.of("externalId", "channel", "audience", "product", "variant",
            "title", ENTRIES, "body", "html", "copyStatus", "approved", "checks", "error", "provenance");

    /**
     * An FAQ page (`channel faq`) as a copydeck-faq-page: its title, and its questions as entries a site
     * renders itself, beside the Markdown and HTML the build rendered. A failed page has no entries.
     */
    static StrapiEntry faqPage(BuiltAsset asset) {
        ObjectNode a = where(asset);
        a.put("title", asset.fields().get("title"));
        ArrayNode entries = a.putArray(ENTRIES);
        for (String[] qa : questions(asset.fields().getOrDefault("questions", ""))) {
            entries.addObject().put("question", qa[0]).put("answer", qa[1]);
        }
        a.put("body", asset.rendered().get("md"));
        a.put("html", asset.rendered().get("html"));
        return entry(asset, a);
    }

    /**
     * The page's `Q:`/`A:` lines (dsl/brief/FaqPage) as question and answer pairs. A line that is
     * neither continues the answer before it (an approved text edited by hand); a question without
     * an answer line gets an empty answer rather than being dropped.
     */
    static List<String[]> questions(String text) {
        List<String[]> pairs = new java.util.ArrayList<>();
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (l.startsWith("Q:")) {
                pairs.add(new String[] {l.substring(2).strip(), ""});
            } else if (!pairs.isEmpty() && !l.isEmpty()) {
                String[] last = pairs.get(pairs.size() - 1);
                String more = l.startsWith("A:") ? l.substring(2).strip() : l;
                last[1] = last[1].isEmpty() ? more : last[1] + " " + more;
            }
        }
        return pairs;
    }

    static StrapiEntry asset(BuiltAsset asset) {
        ObjectNode a = where(asset);
        a.put("kind", asset.kind());
        a.set("fields", JsSafeJson.of(JSON.valueToTree(asset.fields())));
        a.put("body", plainBody(asset));
        a.put("html", asset.rendered().get("html"));
        return entry(asset, a);
    }

    /** The attributes every type starts with: the asset's id and where it belongs (channel, audience, product, variant). */
    private static ObjectNode where(BuiltAsset asset) {
        ObjectNode a = JsonNodeFactory.instance.objectNode();
        a.put("externalId", asset.id());
        a.put("channel", asset.channel());
        a.put("audience", asset.audience());
        a.put("product", asset.product());
        a.put("variant", asset.variant());
        return a;
    }

    /** The entry: {@code a} with the attributes every type ends with (status, checks, error, provenance), hashed. */
    private static StrapiEntry entry(BuiltAsset asset, ObjectNode a) {
        a.put("copyStatus", asset.status());
        a.put("approved", asset.approved());
        a.set("checks", JsSafeJson.of(JSON.valueToTree(asset.checks())));
        a.put("error", asset.error());
        a.set("provenance", JsSafeJson.of(asset.provenance()));
        // The asset id starts with the campaign id, so the hash covers the campaign relation too.
        return new StrapiEntry(asset.id(), a, ContentHash.of(a));
    }

    /** The rendering an editor reads first: plain text, else Markdown, else the HTML itself. */
    static String plainBody(BuiltAsset asset) {
        for (String ext : new String[] {"txt", "md", "html"}) {
            String text = asset.rendered().get(ext);
            if (text != null) {
                return text;
            }
        }
        return null;
    }
}
