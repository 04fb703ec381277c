package io.copydeck.dsl.model;

import java.util.List;

public record Pricing(PricingStrategy strategy, List<Promo> promos, List<Bundle> bundles, Where where) {}
