package io.copydeck.research;

import java.util.Set;

/**
 * Nouns that are never an aspect of their own ("thing", "time", "star", "product"): what every review says,
 * not what it is about. Used only for candidate aspects; the catalogue's words are always aspects.
 */
final class GenericWords {
    static final Set<String> NOT_ASPECTS = Set.of("thing", "things", "time", "times", "day", "days", "week", "weeks", "month", "months", "year", "years",
            "hour", "hours", "minute", "minutes", "min", "lot", "lots", "bit", "star", "stars", "review", "reviews",
            "product", "products", "item", "way", "one", "ones", "everything", "anything", "something", "nothing",
            "people", "person", "guy", "guys", "place", "experience", "problem", "problems", "issue", "issues",
            "company", "kind", "sort", "type", "part", "side", "end", "point", "reason", "fact", "use", "money",
            "stuff", "work", "job", "case", "order", "purchase", "buy", "visit", "trip", "stay", "night", "nights",
            "morning", "evening", "today", "yesterday", "tomorrow", "couple", "first", "second", "mr", "mrs", "dr",
            "am", "pm", "wife", "husband", "kids", "friend", "friends", "son", "daughter", "mum", "mom", "dad",
            "family", "partner", "colleague", "colleagues", "team", "i", "ok", "okay", "lol", "ding", "sache",
            "zeit", "tag", "tage", "woche", "monat", "jahr", "stunde", "stunden", "minuten", "mal", "stern",
            "sterne", "produkt", "bewertung", "alles", "nichts", "leute", "frau", "herr", "mann");

    private GenericWords() {}

    /** A noun that may name an aspect: a word of letters, three or more long, not one of {@link #NOT_ASPECTS}. */
    static boolean isCandidate(Token t) {
        String w = t.lemma();
        if (w.length() < 3 || NOT_ASPECTS.contains(w) || NOT_ASPECTS.contains(t.lower())) return false;
        for (int i = 0; i < w.length(); i++) if (!Character.isLetter(w.charAt(i))) return false;
        return true;
    }
}
