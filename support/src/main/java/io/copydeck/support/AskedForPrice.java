package io.copydeck.support;

import io.copydeck.dsl.brief.Language;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An answer-type check: a question that asks what something costs ("how much is a one-to-one session
 * with a coach?", "what's the price of the swiss cheese plant") is answered with a price. When the fact
 * found is a product's other fact (its description, features or benefits) or a bundle's items, its price
 * is the answer: the words and the meaning both find the thing asked about, and often its overview,
 * since the name weighs most. A fact that is about money already (a saving, a promo's price, a fee
 * policy) is left as it is.
 */
final class AskedForPrice {
    private AskedForPrice() {}

    private static final Pattern ENGLISH = Pattern.compile(
            "\\b(how much|price|prices|priced|pricing|cost|costs|charge|charges|fee|fees|expensive)\\b");
    private static final Pattern GERMAN = Pattern.compile("\\b(wie viel|wieviel|preis|preise|kostet|kosten|teuer|gebühr)\\b");

    static boolean asks(String question, Language language) {
        Pattern words = language == Language.GERMAN ? GERMAN : ENGLISH;
        return words.matcher(question.toLowerCase(java.util.Locale.ROOT)).find();
    }

    /** The price fact of the thing the fact is about, when the question asks for a price and the fact is not one. */
    static Optional<AnswerFact> priceOf(AnswerFact fact, String question, FactCatalogue catalogue) {
        String id = fact.id();
        String[] parts = id.split("\\.");
        if (parts.length != 3 || !asks(question, catalogue.language())) return Optional.empty();
        boolean product = parts[0].equals("product") && !parts[2].equals("price") && !parts[2].equals("url");
        boolean bundle = parts[0].equals("bundle") && parts[2].equals("items");
        if (!product && !bundle) return Optional.empty();
        return Optional.ofNullable(catalogue.fact(parts[0] + "." + parts[1] + ".price"));
    }
}
