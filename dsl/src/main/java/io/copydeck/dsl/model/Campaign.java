package io.copydeck.dsl.model;

import java.util.List;

public record Campaign(String id, String title, Ref brand, Objective objective, String locale, DateWindow window,
                       Positioning positioning, Pricing pricing, List<Channel> channels, List<Audience> audiences,
                       List<Product> products, Generation generation, Where where) {}
