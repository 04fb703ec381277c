package io.copydeck.dsl.diag;

import io.copydeck.dsl.source.SourceRange;

/** Replace the text in {@code range} by {@code newText}; an empty range inserts. */
public record TextEdit(SourceRange range, String newText) {}
