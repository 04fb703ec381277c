package io.copydeck.dsl.model;


/** For (audience) who (need), product is a (category) that (benefit); unlike (unlike), it (proof). */
public record Positioning(Ref forAudience, String need, String category, String benefit, String unlike,
                          String proof, Where where) {}
