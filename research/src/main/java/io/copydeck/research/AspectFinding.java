package io.copydeck.research;

import java.util.List;

/**
 * An aspect customers talk about, with how many reviews speak of it well, badly or neither; {@code members}
 * are the words grouped under it (the catalogue's, the frequent noun itself, or a group's nouns) and
 * {@code origin} says which.
 */
public record AspectFinding(String label, int count, double share, int positive, int negative, int neutral,
                            List<Quote> quotes, List<String> members, AspectOrigin origin) {
    /** Not from the catalogue: found in the reviews. */
    public boolean discovered() {
        return origin != AspectOrigin.CATALOGUE;
    }
}
