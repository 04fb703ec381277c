package io.copydeck.research;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The named rules, one at a time: duplicates, clauses, negation, implied aspects, the spec comparison. */
class RulesTest {
    @Test
    void aRepostWithAWordChangedIsANearDuplicateAndADifferentReviewIsNot() {
        NearDuplicates d = new NearDuplicates(100);
        assertFalse(d.seen("The battery dies by lunchtime and the app keeps crashing when I change the settings."));
        assertTrue(d.seen("The battery dies by lunchtime and the app keeps crashing when I change the settings!!"));
        assertTrue(d.seen("the battery dies by lunchtime and the app keeps crashing when i change the settings"));
        assertFalse(d.seen("The battery lasts all week and the app never crashes, whatever I change in the settings."));
    }

    private static Map<String, Polarity> aspects(String text) {
        Reading r = read(text, null);
        Map<String, Polarity> out = new TreeMap<>();
        for (Reading.AspectSentiment a : r.aspects()) out.merge(a.aspect(), a.polarity(), (x, y) -> x == Polarity.NEUTRAL ? y : x);
        return out;
    }

    private static Reading read(String text, Double rating) {
        Review review = new Review("t", text, null, rating, null, null, 1);
        ReviewAnalysis analysis = new ReviewAnalysis(new TextAnalyser(), new AspectCatalogue(), new Cues(), null, true);
        return analysis.read(review, "en");
    }

    @Test
    void aTurnSplitsPraiseFromComplaintAndNegationFlips() {
        assertEquals(Map.of("sound", Polarity.POSITIVE, "battery", Polarity.NEGATIVE),
                aspects("Great sound but the battery dies by lunchtime."));
        assertEquals(Map.of("staff", Polarity.NEGATIVE), aspects("The staff were not friendly at all."));
        assertEquals(Map.of("comfort", Polarity.NEGATIVE), aspects("Way too tight, I take them off after an hour."));
    }

    @Test
    void wordsThatImplyTheirAspectAndOpinionsAfterTheFact() {
        assertEquals(Polarity.NEGATIVE, aspects("The table was sticky and the floor dirty.").get("cleanliness"));
        assertEquals(Polarity.NEGATIVE, aspects("It gets painfully slow with big projects.").get("performance"));
        assertEquals(Polarity.POSITIVE, aspects("Support answered within ten minutes on a Sunday. Impressive.").get("customer service"));
    }

    @Test
    void theRatingDecidesOnlyAnAspectNamedWithoutAnyOpinion() {
        Reading bare = read("Got an appointment the same week.", 5.0);
        assertEquals(Polarity.POSITIVE, bare.aspects().get(0).polarity());
        Reading opinion = read("The appointment was a nightmare to book.", 5.0);
        assertEquals(Polarity.NEGATIVE, opinion.aspects().get(0).polarity(), "the words win over the stars");
    }

    @Test
    void theSpecsPhrasesAreCountedAndTheGapsListed(@TempDir Path dir) throws Exception {
        Path reviews = dir.resolve("r.csv");
        Files.writeString(reviews, """
                id,text
                a,"The battery dies by lunchtime."
                b,"Battery is terrible, dead after five hours."
                c,"They hurt my ears, so uncomfortable."
                d,"Great sound, deep bass."
                e,"The battery drains overnight, really poor."
                """);
        Path spec = dir.resolve("s.campaign");
        Files.writeString(spec, """
                brand b {
                  name: "B"
                }

                product p {
                  name: "P"
                  benefits: "studio sound", "foldable design"
                  price: 10 USD
                }

                campaign c {
                  title: "C"
                  brand: b

                  audience people {
                    description: "People"
                    pains: "uncomfortable headphones"
                    motivations: "better sound"
                  }

                  positioning {
                    for: people
                    category: "headphones"
                    benefit: "studio sound"
                  }

                  channel twitter { }
                }
                """);
        var checked = io.copydeck.dsl.check.Checker.check(spec);
        Research research = Examples.research();
        ResearchResult r = research.run(List.of(reviews), research.declared(spec.toString(), checked.spec()), Research.Progress.NONE);
        SpecComparison c = r.againstSpec();
        assertEquals("people", c.audience());
        assertEquals(1, c.pains().get(0).count(), "review c: comfort, badly");
        assertEquals(1, c.motivations().get(0).count(), "review d: sound, well");
        assertEquals(List.of("foldable design"), c.unmentionedBenefits().stream().map(SpecComparison.Declared::text).toList());
        assertEquals(List.of("battery"), c.missingPains().stream().map(Finding::label).toList());
        assertEquals(3, c.missingPains().get(0).count());
    }
}
