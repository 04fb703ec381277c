package io.copydeck.dsl.model;

import io.copydeck.dsl.source.SourceRange;

/** A reference by name to a declared block, with where it was written. */
public record Ref(String name, SourceRange range) {
    @Override
    public String toString() { return name; }
}
