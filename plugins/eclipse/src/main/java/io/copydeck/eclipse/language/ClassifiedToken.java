package io.copydeck.eclipse.language;

/** A run of text of one {@link TokenKind}; the end is exclusive. */
public record ClassifiedToken(int start, int end, TokenKind kind) {}
