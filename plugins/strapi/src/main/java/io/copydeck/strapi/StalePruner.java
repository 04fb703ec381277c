package io.copydeck.strapi;

import java.io.PrintWriter;
import java.util.List;
import java.util.Set;

/**
 * Drafts of assets that left the build (a channel or audience removed from the spec): removes those nobody
 * touched, keeps the rest. An editor's work is never lost: a document with a published version stays (taking
 * published copy offline is an editor's decision), and so does a draft whose attributes no longer hash to the
 * contentHash Copydeck stored, because someone edited it in Strapi.
 */
final class StalePruner {
    private final StrapiCollection assets;
    private final List<String> attributes;
    private final PrintWriter out;

    /** @param attributes what the publisher writes to this collection: a stored draft's hash is over them */
    StalePruner(StrapiCollection assets, List<String> attributes, PrintWriter out) {
        this.assets = assets;
        this.attributes = attributes;
        this.out = out;
    }

    void prune(String campaignPrefix, List<ExistingEntry> stale, PublishSummary summary) throws StrapiException {
        if (stale.isEmpty()) {
            return;
        }
        Set<String> published = assets.publishedStartingWith(campaignPrefix);
        for (ExistingEntry draft : stale) {
            String keptBecause = published.contains(draft.externalId()) ? "it is published in Strapi"
                    : !StrapiEntries.hashOfStored(assets.readDraft(draft.documentId()), attributes).equals(draft.contentHash())
                            ? "it was edited in Strapi"
                            : null;
            if (keptBecause != null) {
                summary.keep();
                out.println("kept " + draft.externalId() + ": no longer built, but " + keptBecause);
                continue;
            }
            try {
                assets.deleteDocument(draft.documentId());
            } catch (StrapiException e) {
                if (e.kind() != StrapiException.Kind.NOT_FOUND) {
                    throw e;
                }
                // Someone deleted it since the listing: the goal is reached.
            }
            summary.remove();
            out.println("removed " + draft.externalId());
        }
    }
}
