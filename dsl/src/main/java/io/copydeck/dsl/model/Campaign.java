package io.copydeck.dsl.model;

import java.util.List;

/**
 * A campaign; {@code support} is its own `support { }` block (null when none), not yet merged over
 * its brand's: {@link Support#merge} does that.
 */
public record Campaign(String id, String title, Ref brand, Objective objective, String locale, DateWindow window,
                       Positioning positioning, Pricing pricing, List<Channel> channels, List<Audience> audiences,
                       List<Product> products, Generation generation, Support support, Where where) {}
