package io.copydeck.research;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Aspects found in the reviews (Hu and Liu's frequent nouns): which nouns become one, and what they keep. */
class FrequentNounsTest {
    private static final String REVIEWS = """
            id,rating,text
            a,1,"The shuttle was filthy and late."
            b,2,"Honestly the shuttle is terrible, never on time."
            c,5,"The shuttle was great, the driver helped with our bags."
            d,4,"We waited by the canoe. The staff were lovely."
            e,3,"The saddle was awful."
            f,3,"The staff were friendly."
            g,2,"The canoe was there, the canoe was red, we took the canoe."
            """;

    private static ResearchResult run(Path dir, String csv) throws Exception {
        Path file = dir.resolve("reviews.csv");
        Files.writeString(file, csv);
        return Examples.research().run(List.of(file), null, Research.Progress.NONE);
    }

    private static Optional<AspectFinding> aspect(ResearchResult r, String label) {
        return r.aspects().stream().filter(a -> a.label().equals(label)).findFirst();
    }

    @Test
    void aNounJudgedInEnoughReviewsBecomesAnAspectNamedByItselfAndIsRanked(@TempDir Path dir) throws Exception {
        ResearchResult r = run(dir, REVIEWS);
        AspectFinding shuttle = aspect(r, "shuttle").orElseThrow(() -> new AssertionError(r.aspects().toString()));
        assertEquals(AspectOrigin.FREQUENT_NOUN, shuttle.origin());
        assertEquals(List.of("shuttle"), shuttle.members());
        assertEquals(3, shuttle.count());
        assertEquals(2, shuttle.negative());
        assertEquals(1, shuttle.positive());
        assertTrue(r.pains().stream().anyMatch(f -> f.label().equals("shuttle")), r.pains().toString());
        assertTrue(r.praise().stream().anyMatch(f -> f.label().equals("shuttle")), r.praise().toString());
    }

    @Test
    void aNounSeenOnceOrNeverJudgedIsNoAspectOfItsOwn(@TempDir Path dir) throws Exception {
        ResearchResult r = run(dir, REVIEWS);
        assertFalse(aspect(r, "saddle").filter(a -> a.origin() == AspectOrigin.FREQUENT_NOUN).isPresent(),
                "one review is an anecdote");
        assertFalse(aspect(r, "canoe").filter(a -> a.origin() == AspectOrigin.FREQUENT_NOUN).isPresent(),
                "named in two reviews, judged in none: " + r.aspects());
        assertTrue(r.pains().stream().noneMatch(f -> f.label().equals("saddle") || f.label().equals("canoe")));
    }

    @Test
    void aFrequentNounsQuotesAreVerbatimSpansOfTheirReviews(@TempDir Path dir) throws Exception {
        ResearchResult r = run(dir, REVIEWS);
        AspectFinding shuttle = aspect(r, "shuttle").orElseThrow();
        assertFalse(shuttle.quotes().isEmpty());
        String csv = REVIEWS;
        for (Quote q : shuttle.quotes()) {
            assertTrue(csv.contains(q.text()) && q.text().contains("shuttle") && q.text().strip().equals(q.text()), q.toString());
        }
    }

    private static Reading read(String text, Double rating) {
        Review review = new Review("t", text, null, rating, null, null, 1);
        return new ReviewAnalysis(new TextAnalyser(), new AspectCatalogue(), new Cues(), null, true).read(review, "en");
    }

    private static Reading.Candidate candidate(Reading r, String noun) {
        return r.candidates().stream().filter(c -> c.noun().equals(noun)).findFirst()
                .orElseThrow(() -> new AssertionError(noun + " is no candidate: " + r.candidates()));
    }

    @Test
    void aCandidateGetsTheOpinionsNearestToItAndTheCatalogueKeepsItsOwn() {
        Reading r = read("The staff were rude about the shuttle.", null);
        assertEquals(Polarity.NEGATIVE, r.aspects().get(0).polarity(), "the staff's verdict is unchanged");
        assertFalse(candidate(r, "shuttle").opinionated(), "rude is nearer the staff");
        Reading own = read("The shuttle was awful but the staff were lovely.", null);
        assertEquals(Polarity.NEGATIVE, candidate(own, "shuttle").polarity());
        assertTrue(candidate(own, "shuttle").opinionated());
    }

    @Test
    void aWordThatMayBeAVerbIsANounAfterADeterminerAndAnOpinionWordNever() {
        assertTrue(read("We queued at the counter for ages.", null).candidates().stream().anyMatch(c -> c.noun().equals("counter")));
        assertTrue(read("The best was the view.", null).candidates().stream().noneMatch(c -> c.noun().equals("best")));
        assertTrue(read("The showers are hot.", null).candidates().stream().noneMatch(c -> c.noun().equals("are")),
                "a verb after a noun is no noun of its run, whatever its readings");
        assertEquals(Polarity.NEGATIVE, candidate(read("My deposit was gone.", 1.0), "deposit").polarity(),
                "a noun said without an opinion takes the rating");
        assertFalse(candidate(read("My deposit was gone.", 1.0), "deposit").opinionated(),
                "the rating is no opinion word: it does not make the noun an aspect");
    }
}
