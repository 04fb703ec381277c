package io.copydeck.dsl.model;

import java.util.List;

/** A brand; {@code support} is null when it declares no `support { }` block. */
public record Brand(String id, String name, String tagline, List<String> voice, List<String> avoid,
                    String legal, Support support, Where where) {}
