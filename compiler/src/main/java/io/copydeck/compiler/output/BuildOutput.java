package io.copydeck.strapi;

import java.util.List;

/** What `copydeck build` wrote to an output folder: the campaign and its assets, in manifest order. */
public record BuildOutput(BuiltCampaign campaign, List<BuiltAsset> assets) {
}
