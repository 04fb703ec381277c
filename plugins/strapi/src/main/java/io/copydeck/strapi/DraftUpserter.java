package io.copydeck.strapi;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Strapi has no upsert: this is one, by external id, on drafts only. Safe to repeat: a rerun after a crash finds
 * what the crashed run wrote and writes nothing twice.
 */
final class DraftUpserter {
    private DraftUpserter() {
    }

    /**
     * @param known the draft the listing found, or null; if an editor deleted it since, it is created again
     */
    static Outcome upsert(StrapiCollection collection, StrapiEntry entry, ExistingEntry known, ObjectNode relations)
            throws StrapiException {
        if (known != null && entry.contentHash().equals(known.contentHash())) {
            return Outcome.UNCHANGED;
        }
        ObjectNode data = entry.data(relations);
        if (known != null) {
            try {
                collection.updateDraft(known.documentId(), data);
                return Outcome.UPDATED;
            } catch (StrapiException e) {
                if (e.kind() != StrapiException.Kind.NOT_FOUND) {
                    throw e;
                }
                // An editor deleted it since the listing: create it again.
            }
        }
        collection.createDraft(entry.externalId(), data);
        return Outcome.CREATED;
    }
}
