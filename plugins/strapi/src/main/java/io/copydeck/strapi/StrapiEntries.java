package io.copydeck.strapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.copydeck.compiler.output.BuiltAsset;
import io.copydeck.compiler.output.BuiltCampaign;
import java.util.List;

/** Maps a build's campaign and assets to the attributes of the copydeck-campaign and copydeck-asset types. */
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

    /** The attributes {@link #asset} writes, in the order it writes them. */
    static final List<String> ASSET_ATTRIBUTES = List.of("externalId", "kind", "channel", "audience", "product",
            "variant", "fields", "body", "html", "copyStatus", "approved", "checks", "error", "provenance");

    /**
     * The content hash of a stored asset draft's attributes as they are now: equal to its stored contentHash
     * exactly when nobody changed the draft in Strapi since Copydeck wrote it.
     */
    static String hashOfStored(JsonNode draft) {
        ObjectNode a = JsonNodeFactory.instance.objectNode();
        for (String name : ASSET_ATTRIBUTES) {
            a.set(name, draft.path(name).isMissingNode() ? JsonNodeFactory.instance.nullNode() : draft.path(name));
        }
        return ContentHash.of(a);
    }

    static StrapiEntry asset(BuiltAsset asset) {
        ObjectNode a = JsonNodeFactory.instance.objectNode();
        a.put("externalId", asset.id());
        a.put("kind", asset.kind());
        a.put("channel", asset.channel());
        a.put("audience", asset.audience());
        a.put("product", asset.product());
        a.put("variant", asset.variant());
        a.set("fields", JsSafeJson.of(JSON.valueToTree(asset.fields())));
        a.put("body", plainBody(asset));
        a.put("html", asset.rendered().get("html"));
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
