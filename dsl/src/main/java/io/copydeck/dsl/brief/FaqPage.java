package io.copydeck.dsl.brief;

import io.copydeck.dsl.support.SupportFact;
import io.copydeck.dsl.support.SupportFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * An FAQ page (`channel faq`), planned from declared facts only, like a landing page's {@link Faq}:
 * nothing on it is generated, so no answer can say what the spec does not. Its questions are, in
 * order: what the brief's facts answer about the product ({@link Faq#answerable}), the support
 * block's faqs verbatim, each policy under a question phrased from its name by a fixed line of the
 * campaign's language ({@link Phrases#policyQuestion}), and how to reach a person. A support faq
 * that names another declared product, and not this page's, is left off this page: "Is Harbour
 * Chai caffeine-free?" does not belong on Morning Sencha's.
 */
public final class FaqPage {
    /** The channel kind. */
    public static final String KIND = "faq";
    /** Its fields: the page's title and its questions with their answers, as `Q:`/`A:` lines. */
    public static final String TITLE = "title";
    public static final String QUESTIONS = "questions";

    private static final String POLICY = SupportFacts.PREFIX + "policy.";
    private static final String FAQ = SupportFacts.PREFIX + "faq.";

    private FaqPage() {}

    /** A planned field's text: the title, or the questions as long as {@code fits} allows. */
    public static String field(String name, Brief brief, SupportFacts support, List<String> otherProducts,
                               Predicate<String> fits) {
        if (name.equals(TITLE)) return brief.phrases().faqPageTitle(brief.offering().name());
        if (name.equals(QUESTIONS)) return Faq.fit(entries(brief, support, otherProducts), fits);
        throw new IllegalArgumentException("an FAQ page has no field `" + name + "`");
    }

    /**
     * Every question of the page with its answer, in page order.
     *
     * @param otherProducts the names of the spec's products that this page is not about
     */
    public static List<Faq.Answered> entries(Brief brief, SupportFacts support, List<String> otherProducts) {
        Phrases phrases = brief.phrases();
        List<Faq.Answered> entries = new ArrayList<>(Faq.answerable(brief, false));
        List<String> own = ownNames(brief);
        List<Faq.Answered> policies = new ArrayList<>();
        String contact = null;
        String hours = null;
        for (SupportFact f : support.facts()) {
            if (f.id().startsWith(FAQ)) {
                if (!namesAnother(f.topic() + "\n" + f.text(), own, otherProducts)) {
                    entries.add(new Faq.Answered(oneLine(f.topic()), oneLine(f.text())));
                }
            } else if (f.id().startsWith(POLICY)) {
                policies.add(new Faq.Answered(phrases.policyQuestion(f.topic()), oneLine(f.text())));
            } else if (f.id().equals(SupportFacts.PREFIX + "contact")) {
                contact = oneLine(f.text());
            } else if (f.id().equals(SupportFacts.PREFIX + "hours")) {
                hours = oneLine(f.text());
            }
        }
        entries.addAll(policies);
        if (contact != null) {
            entries.add(new Faq.Answered(phrases.contactQuestion(), phrases.contactAnswer(contact, hours)));
        } else if (hours != null) {
            entries.add(new Faq.Answered(phrases.hoursQuestion(), hours));
        }
        return List.copyOf(entries);
    }

    /** The page's own names: the product, or the bundle and its items. */
    private static List<String> ownNames(Brief brief) {
        List<String> own = new ArrayList<>(List.of(brief.offering().name()));
        if (brief.offering() instanceof Offering.Bundle b) b.items().forEach(i -> own.add(i.name()));
        return own;
    }

    private static boolean namesAnother(String text, List<String> own, List<String> others) {
        String lower = text.toLowerCase(Locale.ROOT);
        boolean namesOwn = own.stream().anyMatch(n -> !n.isBlank() && lower.contains(n.toLowerCase(Locale.ROOT)));
        return !namesOwn && others.stream().anyMatch(n -> !n.isBlank() && lower.contains(n.toLowerCase(Locale.ROOT)));
    }

    /** A declared text on one line: a `"""` block's line breaks would end its `A:` line. */
    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
