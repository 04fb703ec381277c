package io.copydeck.dsl.schema;

/** A nested block kind a block may hold, with how many of it. */
public record ChildSpec(String kind, int min, int max) {
    public static final int MANY = Integer.MAX_VALUE;
}
