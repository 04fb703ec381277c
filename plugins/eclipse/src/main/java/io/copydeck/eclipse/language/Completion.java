package io.copydeck.eclipse.language;

/** One content-assist proposal: the text inserted in place of the typed prefix, a label, and its documentation. */
public record Completion(String insert, String label, String doc) {}
