package io.copydeck.research;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * English nouns the catalogue does not list, each under the catalogue aspect WordNet puts it beneath (its is-a
 * links: sushi is a dish, a nutriment, a food): aspect-families.tsv, written by research/tools/aspect-families.py
 * from WordNet 3.0 and aspects.tsv. So the dishes of a food-delivery app are "food" without anyone listing them.
 * A derived file, not a hand-kept one: the header holds the digest of the aspects.tsv it was written from, and a
 * test fails when the catalogue changed without it being written again.
 */
final class AspectFamilies {
    static final String RESOURCE = "aspect-families.tsv";

    /** A noun's family: the aspect, and how many hypernym steps up WordNet reached it. */
    record Family(String aspect, int steps) {}

    private final Map<String, Family> byNoun = new HashMap<>();
    private final String catalogueDigest;

    AspectFamilies() {
        String digest = null;
        try (InputStream in = AspectFamilies.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("the resource " + RESOURCE + " is missing from the jar");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int number = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                number++;
                if (line.startsWith("#")) {
                    int at = line.indexOf("sha256 ");
                    if (at >= 0 && digest == null) digest = line.substring(at + 7, at + 7 + 64);
                    continue;
                }
                String[] columns = line.split("\t");
                if (columns.length != 3) throw new IllegalStateException(RESOURCE + ":" + number + ": noun, aspect and steps");
                byNoun.put(columns[0], new Family(columns[1], Integer.parseInt(columns[2])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + " cannot be read", e);
        }
        catalogueDigest = digest;
    }

    /** The family of a word that may be a noun, by its form ("fries") or its lemma ("noodles": noodle), or null. */
    Family of(Token t) {
        if (!t.nounReading()) return null;
        Family f = byNoun.get(t.lower());
        return f != null ? f : byNoun.get(t.lemma());
    }

    /** The sha256 of the aspects.tsv the file was written from, as its header says. */
    String catalogueDigest() {
        return catalogueDigest;
    }

    int size() {
        return byNoun.size();
    }
}
