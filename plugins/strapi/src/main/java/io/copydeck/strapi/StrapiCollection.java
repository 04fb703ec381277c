package io.copydeck.strapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The draft side of one Strapi collection type, addressed by Copydeck's external id. Every call carries
 * {@code status=draft}: without it Strapi 5 reads published versions and, worse, publishes what it creates.
 */
final class StrapiCollection {
    private static final int PAGE_SIZE = 100; // Strapi's default maxLimit

    private final StrapiHttp http;
    private final String path;
    /** What {@link #readDraft} asks Strapi to populate (a component), or null. */
    private final String populate;

    StrapiCollection(StrapiHttp http, String pluralName) {
        this(http, pluralName, null);
    }

    StrapiCollection(StrapiHttp http, String pluralName, String populate) {
        this.http = http;
        this.path = "/api/" + pluralName;
        this.populate = populate;
    }

    String path() {
        return path;
    }

    /** Every draft whose external id starts with {@code prefix}: one paged listing of id, documentId and hash. */
    Map<String, ExistingEntry> draftsStartingWith(String prefix) throws StrapiException {
        return startingWith(prefix, "draft");
    }

    /** The external ids starting with {@code prefix} that have a published version (an editor published them). */
    Set<String> publishedStartingWith(String prefix) throws StrapiException {
        return startingWith(prefix, "published").keySet();
    }

    private Map<String, ExistingEntry> startingWith(String prefix, String status) throws StrapiException {
        Map<String, ExistingEntry> found = new LinkedHashMap<>();
        for (int page = 1; ; page++) {
            JsonNode response = http.get(path + "?status=" + status + "&filters[externalId][$startsWith]=" + encode(prefix)
                    + "&fields[0]=externalId&fields[1]=contentHash&sort[0]=id:asc"
                    + "&pagination[page]=" + page + "&pagination[pageSize]=" + PAGE_SIZE);
            for (JsonNode d : response.path("data")) {
                ExistingEntry e = entry(d);
                // $startsWith is SQL LIKE, where "_" matches any character: keep exact prefixes only.
                if (e.externalId().startsWith(prefix)) {
                    found.putIfAbsent(e.externalId(), e);
                }
            }
            if (page >= response.path("meta").path("pagination").path("pageCount").asInt(1)) {
                return found;
            }
        }
    }

    Optional<ExistingEntry> findDraft(String externalId) throws StrapiException {
        JsonNode response = http.get(path + "?status=draft&filters[externalId][$eq]=" + encode(externalId)
                + "&fields[0]=externalId&fields[1]=contentHash");
        for (JsonNode d : response.path("data")) {
            return Optional.of(entry(d));
        }
        return Optional.empty();
    }

    /**
     * Creates a draft and returns its documentId. Never blindly re-POSTs: Strapi 5 does not enforce "unique" on
     * drafts, so a create that was committed but whose answer was lost would become a duplicate. After a failed
     * attempt it looks the external id up first, and only creates again if the entry is not there.
     */
    String createDraft(String externalId, ObjectNode data) throws StrapiException {
        for (int attempt = 1; ; attempt++) {
            try {
                JsonNode response = http.sendOnce("POST", path + "?status=draft", wrap(data));
                return response.path("data").path("documentId").asText();
            } catch (StrapiException e) {
                if (!e.retryable()) {
                    throw e;
                }
                http.pauseOrGiveUp(attempt, e);
                Optional<ExistingEntry> committed = findDraft(externalId);
                if (committed.isPresent()) {
                    return committed.get().documentId();
                }
            }
        }
    }

    void updateDraft(String documentId, ObjectNode data) throws StrapiException {
        http.send("PUT", path + "/" + encode(documentId) + "?status=draft", wrap(data));
    }

    /** The draft's attributes as Strapi stores them now, editors' changes included. */
    JsonNode readDraft(String documentId) throws StrapiException {
        return http.get(path + "/" + encode(documentId) + "?status=draft"
                + (populate == null ? "" : "&populate[0]=" + encode(populate))).path("data");
    }

    /** Deletes the whole document: only for documents that were never published (see StalePruner). */
    void deleteDocument(String documentId) throws StrapiException {
        http.send("DELETE", path + "/" + encode(documentId), null);
    }

    private static ObjectNode wrap(ObjectNode data) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.set("data", data);
        return body;
    }

    private static ExistingEntry entry(JsonNode d) {
        return new ExistingEntry(d.path("externalId").asText(), d.path("documentId").asText(),
                d.path("contentHash").asText(null));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
