package io.copydeck.research;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What `copydeck research` finds in the labelled examples: quotes verbatim, duplicates once, languages, thresholds. */
class FindingsTest {
    private static final Path DIR = Examples.dir();

    @Test
    void everyQuoteIsAVerbatimSpanOfTheReviewItNames() throws Exception {
        List<Path> files = List.of(DIR.resolve("headphones.csv"), DIR.resolve("cafe.csv"), DIR.resolve("saas.jsonl"));
        Map<String, String> texts = new HashMap<>();
        for (Path f : files) {
            ReviewReader.read(f, new ReviewReader.Sink() {
                @Override
                public void review(Review review) {
                    texts.put(review.id(), review.text());
                }

                @Override
                public void skipped(Skipped skipped) {}
            });
        }
        ResearchResult r = Examples.research().run(files, null, Research.Progress.NONE);
        List<Quote> quotes = new ArrayList<>();
        for (List<Finding> section : List.of(r.pains(), r.praise(), r.motivations(), r.objections(), r.vocabulary())) {
            for (Finding f : section) quotes.addAll(f.quotes());
        }
        for (AspectFinding a : r.aspects()) quotes.addAll(a.quotes());
        assertTrue(quotes.size() > 50, "the examples give many quotes: " + quotes.size());
        for (Quote q : quotes) {
            String text = texts.get(q.id());
            assertTrue(text != null && text.contains(q.text()), q + " is not a span of review " + q.id());
            assertTrue(!q.text().isBlank() && q.text().strip().equals(q.text()), "a quote is trimmed: " + q);
        }
    }

    @Test
    void nearDuplicatesCountOnceAndGermanReviewsAreDetectedAndAnalysed() throws Exception {
        ResearchResult r = Examples.research().run(List.of(DIR.resolve("headphones.csv")), null, Research.Progress.NONE);
        assertEquals(65, r.read());
        assertEquals(2, r.duplicates(), "hp-063 (one character more) and hp-064 repeat earlier reviews");
        assertEquals(63, r.analysed());
        LanguageCount german = r.languages().stream().filter(l -> l.language().equals("de")).findFirst().orElseThrow();
        assertEquals(4, german.reviews());
        assertTrue(german.analysed());
        assertEquals(List.of("2026-01", "2026-02", "2026-03", "2026-04"), r.trend().stream().map(MonthTrend::month).toList());
        assertEquals(List.of("Aurora ANC 700", "Aurora Buds"), r.products().stream().map(ProductFindings::product).toList());
    }

    /** The CI bar on a subset (two of the five domains): top-5 pains and praise at 80% or better, aspects too. */
    @Test
    void theBaselineMeetsTheBarsOnASubsetOfTheLabelledReviews() throws Exception {
        Evaluation.Figures f = Evaluation.run(Examples.research(),
                List.of(DIR.resolve("headphones.csv"), DIR.resolve("dental.csv")),
                Labels.read(DIR.resolve("labels.csv")), Themes.read(DIR.resolve("themes.tsv")));
        String table = f.table();
        assertTrue(f.pains().precision() >= 0.8 && f.pains().recall() >= 0.8, table);
        assertTrue(f.praise().precision() >= 0.8 && f.praise().recall() >= 0.8, table);
        assertTrue(f.accuracy() >= 0.8, table);
    }

    /** A held-out set's figures: its folder under examples/research, one review file, labels.csv and themes.tsv. */
    private static Evaluation.Figures heldOut(String folder, String file) throws Exception {
        Path dir = DIR.resolve(folder);
        return Evaluation.run(Examples.research(), List.of(dir.resolve(file)), Labels.read(dir.resolve("labels.csv")),
                Themes.read(dir.resolve("themes.tsv")));
    }

    /** The figures at or above their floors: a regression fails, an improvement is the time to raise them. */
    private static void assertFloors(Evaluation.Figures f, double painsP, double painsR, double praiseP, double praiseR,
                                     double aspects) {
        String table = f.table();
        assertTrue(f.pains().precision() >= painsP && f.pains().recall() >= painsR, table);
        assertTrue(f.praise().precision() >= praiseP && f.praise().recall() >= praiseR, table);
        assertTrue(f.accuracy() >= aspects, table);
    }

    /**
     * The held-out food-delivery reviews (a domain the rules were not written on): the themes at the bars, and
     * aspect-sentiment accuracy at its measured floor (0.72 with WordNet's aspect families; 0.65 without).
     */
    @Test
    void theHeldOutDomainHoldsItsMeasuredFloor() throws Exception {
        assertFloors(heldOut("held-out", "delivery.csv"), 0.8, 0.8, 0.8, 0.8, 0.71);
    }

    /**
     * The car-rental reviews (held-out2: blind until frequent nouns were measured on it, a development set
     * since): the themes at the bars with the car an aspect of its own, aspect accuracy at its measured floor
     * (0.53 with the people who serve as staff; 0.51 with frequent nouns; 0.41 with the catalogue and WordNet alone).
     */
    @Test
    void theCarRentalDomainHoldsItsMeasuredFloor() throws Exception {
        assertFloors(heldOut("held-out2", "rental.csv"), 0.8, 0.8, 0.8, 0.8, 0.52);
    }

    /**
     * The gym reviews (held-out3, written blind and measured once, a development set since: docs/research.md), at
     * the figures measured with the people who serve as staff, no gerund families, the contrast rule: below the
     * issue's bars, held so that they do not fall further (pains 0.80 / 0.60, praise 1.00 / 0.80, aspects 0.44).
     */
    @Test
    void theGymDomainHoldsItsMeasuredFloor() throws Exception {
        assertFloors(heldOut("held-out3", "gym.csv"), 0.8, 0.6, 1.0, 0.8, 0.43);
    }

    /**
     * The mobile-network reviews (held-out4, written blind, measured once before and once after the generalisation
     * work: docs/research.md), at the figures measured then: far below the bars (the catalogue's words of
     * other domains take its themes: "calls" is the microphone, "charges" the battery, "reception" the staff), held
     * so that they do not fall further (pains 0.40 / 0.00, praise 0.80 / 0.40, aspects 0.23).
     */
    @Test
    void theMobileNetworkDomainHoldsItsMeasuredFloor() throws Exception {
        assertFloors(heldOut("held-out4", "network.csv"), 0.4, 0.0, 0.8, 0.4, 0.22);
    }

    @Test
    void aReviewInAnotherLanguageIsCountedAndNotAnalysed(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path file = dir.resolve("mixed.csv");
        java.nio.file.Files.writeString(file, "id,text\nf1,\"Le service était très lent et le personnel désagréable, je ne reviendrai pas.\"\n"
                + "e1,\"The staff were friendly and the coffee was great.\"\n");
        ResearchResult r = Examples.research().run(List.of(file), null, Research.Progress.NONE);
        assertEquals(1, r.notAnalysed());
        assertEquals(1, r.analysed());
        assertTrue(r.languages().stream().anyMatch(l -> l.language().equals("fr") && !l.analysed()), r.languages().toString());
    }
}
