package io.copydeck.research;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** WordNet's aspect families: the derived file matches the catalogue, and the rules for the nouns it adds. */
class AspectFamiliesTest {
    private static final TextAnalyser ANALYSER = new TextAnalyser();
    private static final AspectCatalogue CATALOGUE = new AspectCatalogue();

    private static List<Token> words(String text) {
        return ANALYSER.sentences(text, "en").get(0);
    }

    private static List<String> aspects(String text, boolean english) {
        return CATALOGUE.mentions(words(text), english).stream().map(AspectCatalogue.Mention::aspect).toList();
    }

    private static Reading read(String text, Double rating) {
        Review review = new Review("t", text, null, rating, null, null, 1);
        return new ReviewAnalysis(ANALYSER, CATALOGUE, new Cues(), null, true).read(review, "en");
    }

    @Test
    void theFileWasWrittenFromTheCatalogueAsItIs() throws Exception {
        byte[] catalogue;
        try (InputStream in = AspectCatalogue.class.getResourceAsStream("aspects.tsv")) {
            catalogue = in.readAllBytes();
        }
        String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(catalogue));
        assertEquals(digest, new AspectFamilies().catalogueDigest(),
                "aspects.tsv changed: run research/tools/aspect-families.py WORDNET_DIR aspects.tsv > aspect-families.tsv");
    }

    @Test
    void everyFamilyIsACatalogueAspect() {
        AspectFamilies families = new AspectFamilies();
        assertTrue(families.size() > 1000, "WordNet gives thousands of nouns: " + families.size());
        for (String noun : List.of("sushi", "noodles", "burger", "fries", "kebab")) {
            Token t = words("The " + noun + ".").get(1);
            AspectFamilies.Family f = families.of(t);
            assertEquals("food", f == null ? null : f.aspect(), noun);
            assertTrue(CATALOGUE.aspects().contains(f.aspect()));
        }
        assertNull(families.of(words("The rider.").get(1)), "a rider is a traveller in WordNet, not a courier");
        assertNull(families.of(words("Friendly.").get(0)), "mostly an adjective: not a noun of a family");
        assertNull(families.of(words("The opening hours.").get(1)), "a verb's -ing form is what is done, not a location");
    }

    @Test
    void aNounOfAFamilyNamesItsAspectInEnglishOnly() {
        assertEquals(List.of("food"), aspects("The sushi was fresh.", true));
        assertEquals(List.of(), aspects("The sushi was fresh.", false));
        assertEquals(List.of("delivery", "food"), aspects("Fast delivery of the noodles.", true), "left to right");
        assertEquals(List.of("battery"), aspects("The battery died.", true), "the catalogue's own words first");
    }

    @Test
    void aCatalogueAdjectiveBeforeAnotherAspectDescribesIt() {
        assertEquals(List.of("app"), aspects("Clean app.", true));
        assertEquals(List.of("cleanliness"), aspects("Always clean.", true));
    }

    @Test
    void aFamilyNounTakesTheOpinionAfterItAndNotTheRating() {
        Reading cold = read("The noodles were stone cold.", null);
        assertEquals(List.of(Polarity.NEGATIVE), cold.aspects().stream().map(Reading.AspectSentiment::polarity).toList());
        Reading milk = read("The guy was rude when I asked for oat milk.", 1.0);
        assertTrue(milk.aspects().stream().noneMatch(a -> a.aspect().equals("food") && a.polarity() != Polarity.NEUTRAL),
                "neither the opinion before it nor the one-star rating is about the milk: " + milk.aspects());
        Reading catalogueWord = read("Asked for a sandwich.", 1.0);
        assertNotEquals(Polarity.NEUTRAL, catalogueWord.aspects().get(0).polarity(), "a catalogue word takes the rating");
    }

    @Test
    void thePeopleWhoServeAreStaffAndThoseServedAreNot() {
        AspectFamilies families = new AspectFamilies();
        for (String noun : List.of("instructor", "coach", "salesman", "manager", "agent", "lady")) {
            AspectFamilies.Family f = families.of(words("The " + noun + ".").get(1));
            assertEquals("staff", f == null ? null : f.aspect(), noun);
        }
        for (String noun : List.of("customer", "member", "daughter", "beginner", "lifesaver", "provider")) {
            AspectFamilies.Family f = families.of(words("The " + noun + ".").get(1));
            assertNull(f == null || !f.aspect().equals("staff") ? null : f, noun + " is not one who serves");
        }
    }
}
