package io.copydeck.dsl.brief;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A landing page's FAQ, planned from declared facts only: each question is asked only when the
 * brief holds its answer, and the answer is the fact, realised by slot ({@link SlotRealiser}) in
 * the campaign's language. Nothing is generated, so no answer can claim what the brief does not.
 * Written as `Q: …` / `A: …` lines; questions go from the end while the text does not fit.
 */
public final class Faq {
    /** One question and its answer, by slot; asked only when the brief fills every slot of both. */
    private record Entry(String question, String answer) {}

    /** One question with its answer, realised: written as a `Q: …` line and an `A: …` line. */
    public record Answered(String question, String answer) {
        public String text() {
            return "Q: " + question + "\nA: " + answer;
        }
    }

    private static final List<Entry> ENGLISH = List.of(
            new Entry("What is {product}?", "{product} is {brand}'s {category}."),
            new Entry("What does it do for me?", "{benefit}."),
            new Entry("What else?", "{benefit.1}."),
            new Entry("What's in the set?", "{items}."),
            new Entry("What do I get?", "{feature.0}."),
            new Entry("What else is included?", "{feature.1}."),
            new Entry("What does it cost?", "{offer}"),
            new Entry("What does it cost?", "{price}."),
            new Entry("When does the offer end?", "It runs until {ends}."),
            new Entry("Who is it for?", "For everyone who cares about {need}."),
            new Entry("Why trust it?", "{proof}."),
            new Entry("How do I start?", "{cta}: the button is at the top of this page."));

    private static final List<Entry> GERMAN = List.of(
            new Entry("Was ist {product}?", "{product} von {brand}: {category}."),
            new Entry("Was habe ich davon?", "{benefit}."),
            new Entry("Und sonst?", "{benefit.1}."),
            new Entry("Was ist im Set?", "{items}."),
            new Entry("Was bekomme ich?", "{feature.0}."),
            new Entry("Was ist noch dabei?", "{feature.1}."),
            new Entry("Was kostet es?", "{offer}"),
            new Entry("Was kostet es?", "{price}."),
            new Entry("Wann endet das Angebot?", "Es gilt bis {ends}."),
            new Entry("Für wen ist es?", "Für alle, die {need} suchen."),
            new Entry("Warum sollte ich vertrauen?", "{proof}."),
            new Entry("Wie fange ich an?", "{cta}: oben auf dieser Seite."));

    private Faq() {}

    /** The FAQ of a brief, as long as {@code fits} allows; empty when no question can be answered. */
    public static String of(Brief brief, Predicate<String> fits) {
        return fit(answerable(brief, true), fits);
    }

    /**
     * The questions about what the brief sells that its facts answer, in order. Without
     * {@code onLandingPage} the one that points at the landing page's button is left out: an FAQ
     * page ({@link FaqPage}) has no such button.
     */
    public static List<Answered> answerable(Brief brief, boolean onLandingPage) {
        Slots slots = Slots.of(brief);
        List<Answered> entries = new ArrayList<>();
        List<String> asked = new ArrayList<>();
        // A bundle's features are its items: "what's in the set" answers it once.
        boolean bundle = brief.offering() instanceof Offering.Bundle;
        for (Entry e : brief.language() == Language.GERMAN ? GERMAN : ENGLISH) {
            if (asked.contains(e.question())) continue; // the first answerable one of a question wins
            if (bundle && e.answer().contains("{feature.")) continue;
            if (!onLandingPage && e.answer().contains("{cta}")) continue;
            SlotRealiser.Realised q = SlotRealiser.realise(e.question(), slots);
            SlotRealiser.Realised a = SlotRealiser.realise(e.answer(), slots);
            if (!q.ok() || !a.ok()) continue;
            asked.add(e.question());
            entries.add(new Answered(q.text(), a.text()));
        }
        return List.copyOf(entries);
    }

    /** The entries as `Q:`/`A:` lines, questions dropped from the end while the text does not fit. */
    public static String fit(List<Answered> answered, Predicate<String> fits) {
        List<String> entries = new ArrayList<>(answered.stream().map(Answered::text).toList());
        while (!entries.isEmpty() && !fits.test(String.join("\n", entries))) entries.remove(entries.size() - 1);
        return String.join("\n", entries);
    }
}
