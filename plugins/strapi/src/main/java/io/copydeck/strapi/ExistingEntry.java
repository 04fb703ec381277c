package io.copydeck.strapi;

/** A draft already in Strapi: enough to decide between "unchanged" and "update", and to address it. */
record ExistingEntry(String externalId, String documentId, String contentHash) {
}
