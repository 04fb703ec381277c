package io.copydeck.dsl.model;

import java.util.Map;

/** `limits { subject: 60 chars }`: per-field limits, in field order of the kind. */
public record Limits(Map<String, Length> byField, Where where) {
    public static final Limits NONE = new Limits(Map.of(), Where.NOWHERE);
}
