package io.copydeck.strapi;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.copydeck.compiler.output.BuildOutput;
import io.copydeck.compiler.output.BuiltAsset;
import io.copydeck.compiler.output.BuiltCampaign;
import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Publishes a build as drafts: first the campaign, then one paged listing of the campaign's existing drafts,
 * then a write for each asset whose content hash differs. Assets go one at a time: SQLite-backed Strapi
 * serialises writes anyway, and a strict order makes an interrupted run easy to reason about.
 */
public final class StrapiPublisher {
    static final String CAMPAIGNS = "copydeck-campaigns";
    static final String ASSETS = AssetType.ASSET.pluralName;

    private final StrapiHttp http;
    private final PrintWriter out;

    public StrapiPublisher(StrapiHttp http, PrintWriter out) {
        this.http = http;
        this.out = out;
    }

    public PublishSummary publish(BuildOutput build) {
        return publish(build, false);
    }

    /** @param prune also remove the drafts of assets the build no longer has (see {@link StalePruner}) */
    public PublishSummary publish(BuildOutput build, boolean prune) {
        PublishSummary summary = new PublishSummary();
        StrapiCollection campaigns = new StrapiCollection(http, CAMPAIGNS);
        String prefix = build.campaign().id() + "/";
        Set<AssetType> built = build.assets().stream().map(AssetType::of)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(AssetType.class)));
        Map<AssetType, StrapiCollection> collections = new EnumMap<>(AssetType.class);
        Map<AssetType, Map<String, ExistingEntry>> existing = new EnumMap<>(AssetType.class);
        String campaignDocumentId;
        try {
            campaignDocumentId = upsertCampaign(campaigns, build.campaign());
            for (AssetType type : AssetType.values()) {
                StrapiCollection collection = type.collection(http);
                collections.put(type, collection);
                existing.put(type, drafts(collection, type, prefix, built.contains(type)));
            }
        } catch (StrapiException e) {
            stopBeforeAnyAsset(summary, build.assets(), e);
            return summary;
        }
        ObjectNode relations = JsonNodeFactory.instance.objectNode().put("campaign", campaignDocumentId);
        // A failed asset is drafted too, with copyStatus `failed` and its error, so editors see it in the CMS.
        List<BuiltAsset> todo = build.assets();
        for (int i = 0; i < todo.size(); i++) {
            BuiltAsset asset = todo.get(i);
            AssetType type = AssetType.of(asset);
            try {
                Outcome outcome = DraftUpserter.upsert(collections.get(type), type.entry(asset),
                        existing.get(type).get(asset.id()), relations);
                summary.count(outcome);
                if (outcome != Outcome.UNCHANGED) {
                    out.println(outcome.name().toLowerCase() + " " + asset.id());
                }
            } catch (StrapiException e) {
                summary.fail(asset.id(), explain(e, false));
                if (e.stopsThePublish()) {
                    List<BuiltAsset> rest = todo.subList(i + 1, todo.size());
                    rest.forEach(a -> summary.fail(a.id(), "not attempted"));
                    summary.stop(explain(e, false) + "; " + rest.size() + " assets not attempted", e.retryable());
                    return summary;
                }
            }
        }
        Set<String> ids = todo.stream().map(BuiltAsset::id).collect(Collectors.toSet());
        Map<AssetType, List<ExistingEntry>> stale = new EnumMap<>(AssetType.class);
        existing.forEach((type, drafts) -> stale.put(type,
                drafts.values().stream().filter(e -> !ids.contains(e.externalId())).toList()));
        summary.stale(stale.values().stream().mapToInt(List::size).sum(), prune);
        if (prune) {
            try {
                for (AssetType type : AssetType.values()) {
                    new StalePruner(collections.get(type), type.attributes, out).prune(prefix, stale.get(type), summary);
                }
            } catch (StrapiException e) {
                summary.stop("removing drafts no longer built: " + explain(e, false), e.retryable());
            }
        }
        return summary;
    }

    /**
     * The campaign's drafts of one type. A Strapi whose Copydeck types predate FAQ pages has no
     * copydeck-faq-pages: that is only an error when this build has FAQ pages to draft; otherwise
     * there are none to list.
     */
    private static Map<String, ExistingEntry> drafts(StrapiCollection collection, AssetType type, String prefix,
                                                     boolean needed) throws StrapiException {
        try {
            return collection.draftsStartingWith(prefix);
        } catch (StrapiException e) {
            if (type != AssetType.ASSET && !needed && e.kind() == StrapiException.Kind.NOT_FOUND) {
                return Map.of();
            }
            throw e;
        }
    }

    private String upsertCampaign(StrapiCollection campaigns, BuiltCampaign campaign) throws StrapiException {
        StrapiEntry entry = StrapiEntries.campaign(campaign);
        Optional<ExistingEntry> known = campaigns.findDraft(campaign.id());
        DraftUpserter.upsert(campaigns, entry, known.orElse(null), JsonNodeFactory.instance.objectNode());
        if (known.isPresent()) {
            return known.get().documentId();
        }
        return campaigns.findDraft(campaign.id()).orElseThrow(() -> new StrapiException(
                StrapiException.Kind.REJECTED, 0, "campaign " + campaign.id() + " was created but cannot be found")).documentId();
    }

    private void stopBeforeAnyAsset(PublishSummary summary, List<BuiltAsset> assets, StrapiException e) {
        assets.forEach(a -> summary.fail(a.id(), "not attempted"));
        summary.stop(explain(e, e.kind() == StrapiException.Kind.NOT_FOUND), e.retryable());
    }

    /** Adds what to do about it: the failure alone rarely tells a user which knob to turn. */
    private String explain(StrapiException e, boolean atFirstContact) {
        if (atFirstContact) {
            return e.getMessage() + ": Strapi at " + http.base() + " has no " + CAMPAIGNS + "/" + ASSETS + "/"
                    + AssetType.FAQ_PAGE.pluralName
                    + " content types (install them: see docs/strapi.md, `copydeck strapi-content-types`),"
                    + " or --url is not the Strapi server's root URL";
        }
        return e.getMessage();
    }
}
