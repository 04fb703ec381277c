package io.copydeck.dsl.model;

import java.util.List;

/**
 * Everything declared in a spec and its imports: the campaign (null in a file that only
 * shares brands and products) and every brand, audience and product, top-level or inside the campaign.
 */
public record Spec(Campaign campaign, List<Brand> brands, List<Audience> audiences, List<Product> products) {}
