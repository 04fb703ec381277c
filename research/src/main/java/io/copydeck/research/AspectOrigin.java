package io.copydeck.research;

/** Where an aspect comes from: the catalogue, a frequent noun of the reviews, or a group of other nouns. */
public enum AspectOrigin {
    /** aspects.tsv (with WordNet's families): named by the catalogue. */
    CATALOGUE,
    /** A noun the catalogue lacks that enough reviews give an opinion ({@link FrequentNouns}): named by itself. */
    FREQUENT_NOUN,
    /** A k-means group of the other nouns ({@link AspectClusters}): listed, for a strategist to name, not ranked. */
    NOUN_GROUP;

    String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
