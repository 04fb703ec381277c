package io.copydeck.research;

/** How many reviews are in a language, and whether they were analysed (English and German are). */
public record LanguageCount(String language, int reviews, boolean analysed) {}
