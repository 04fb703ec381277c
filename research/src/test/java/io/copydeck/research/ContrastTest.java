package io.copydeck.research;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A clause joined by a contrast word and without an opinion of its own says the opposite of its neighbour. */
class ContrastTest {
    private static final TextAnalyser ANALYSER = new TextAnalyser();
    private static final AspectCatalogue CATALOGUE = new AspectCatalogue();

    private static Map<String, Polarity> read(String text) {
        Review review = new Review("t", text, null, null, null, null, 1);
        return new ReviewAnalysis(ANALYSER, CATALOGUE, new Cues(), null, true).read(review, "en").aspects().stream()
                .collect(Collectors.toMap(Reading.AspectSentiment::aspect, Reading.AspectSentiment::polarity, (a, b) -> a));
    }

    @Test
    void theClauseAfterButTakesTheReverse() {
        assertEquals(Map.of("dentist", Polarity.POSITIVE, "appointment", Polarity.NEGATIVE),
                read("Great dentist but getting an appointment takes weeks."));
    }

    @Test
    void theClauseBeforeButTakesTheReverseToo() {
        assertEquals(Polarity.NEGATIVE, read("Check-in took 45 minutes, but the receptionist was lovely.").get("check-in"));
    }

    @Test
    void clausesWithOpinionsOrWithoutAContrastKeepTheirReading() {
        assertEquals(Map.of("sound", Polarity.POSITIVE, "battery", Polarity.NEGATIVE),
                read("Great sound but the battery is terrible."));
        assertEquals(Polarity.NEUTRAL, read("Great dentist and the appointment was on Monday.").get("appointment"));
    }
}
