package io.copydeck.eclipse.language;

/** The classes of text the editor colours differently. */
public enum TokenKind { KEYWORD, PROPERTY, STRING, NUMBER, MONEY, DATE, COMMENT, PUNCTUATION, ERROR, DEFAULT }
