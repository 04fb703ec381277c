package io.copydeck.research;

import java.util.List;

/**
 * An aspect customers talk about, with how many reviews speak of it well, badly or neither; {@code members}
 * are the words grouped under it (the catalogue's, or a cluster's of nouns the catalogue lacks, then
 * {@code discovered} is true).
 */
public record AspectFinding(String label, int count, double share, int positive, int negative, int neutral,
                            List<Quote> quotes, List<String> members, boolean discovered) {}
