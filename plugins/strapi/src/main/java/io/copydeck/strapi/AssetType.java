package io.copydeck.strapi;

import io.copydeck.compiler.output.BuiltAsset;
import io.copydeck.dsl.brief.FaqPage;
import java.util.List;

/**
 * The content type an asset is drafted as: an FAQ page as a copydeck-faq-page, whose questions are
 * entries a site renders itself; every other asset as a copydeck-asset. Each type has its own
 * collection, so the listing, the upserts and the pruning run once per type.
 */
enum AssetType {
    ASSET("copydeck-assets", StrapiEntries.ASSET_ATTRIBUTES, null),
    FAQ_PAGE("copydeck-faq-pages", StrapiEntries.FAQ_PAGE_ATTRIBUTES, StrapiEntries.ENTRIES);

    /** The REST path's name: /api/{pluralName}. */
    final String pluralName;
    /** What the publisher writes, which a stored draft's hash is taken over ({@link StrapiEntries#hashOfStored}). */
    final List<String> attributes;
    /** The component a draft is read back with (Strapi leaves components out unless asked); null for none. */
    final String populate;

    AssetType(String pluralName, List<String> attributes, String populate) {
        this.pluralName = pluralName;
        this.attributes = attributes;
        this.populate = populate;
    }

    static AssetType of(BuiltAsset asset) {
        return asset.kind().equals(FaqPage.KIND) ? FAQ_PAGE : ASSET;
    }

    StrapiEntry entry(BuiltAsset asset) {
        return this == FAQ_PAGE ? StrapiEntries.faqPage(asset) : StrapiEntries.asset(asset);
    }

    StrapiCollection collection(StrapiHttp http) {
        return new StrapiCollection(http, pluralName, populate);
    }
}
