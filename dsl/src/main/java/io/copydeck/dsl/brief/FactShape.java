package io.copydeck.dsl.brief;

import io.copydeck.dsl.text.EnglishWords;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The grammatical shape of a fact written in words, known once for every fact of a brief: it
 * decides which sentences a fact fits. "Free delivery" is a noun phrase ("you get free delivery"),
 * "get stronger without a gym" a verb phrase ("it helps you get stronger…", "tired of getting
 * stronger…" never "you get get stronger"), "your books balance themselves" a clause (a sentence of
 * its own). Prompts show the shape, the corpus writes each shape only where it fits, and the
 * realiser ({@link SlotRealiser}) puts a verb phrase in its -ing form after a preposition and refuses
 * a fact where its shape cannot stand.
 *
 * <p>Read from the words by English grammar (word classes from WordNet, {@link EnglishWords}); in
 * another language every fact is taken as a noun phrase, the shape the copy was written for before.
 */
public enum FactShape {
    NOUN_PHRASE("noun phrase"), VERB_PHRASE("verb phrase"), CLAUSE("clause");

    /**
     * Words WordNet lists as verbs that start a fact as an adjective or a determiner: "lower
     * costs", "better sleep", "double the space" aside, these are noun phrases.
     */
    private static final java.util.Set<String> NOT_A_VERB_FIRST = java.util.Set.of("lower", "better", "further", "upper",
            "double", "top", "last", "next", "own", "even", "fast", "less", "more", "fewer", "no", "all", "that", "this",
            "best", "first", "second", "present", "average", "daily", "weekly", "monthly", "yearly", "total", "whole");

    /**
     * Words used about as often as nouns that, first in a fact, are verbs: a benefit "order dinner in
     * Spanish", "plan meals for the week", "share photos with family" is something to do.
     */
    private static final java.util.Set<String> VERB_FIRST = java.util.Set.of("order", "plan", "shop", "share",
            "change", "host", "cook", "visit", "train", "travel", "switch", "swap", "stream", "chat", "email", "text",
            "call", "print", "pick", "answer", "support", "check", "love");

    private final String words;

    FactShape(String words) {
        this.words = words;
    }

    /** The shape in words, for messages: "verb phrase". */
    public String words() {
        return words;
    }

    /** The shape of a fact in a campaign's language. */
    public static FactShape of(String fact, Language language) {
        if (language != Language.ENGLISH || fact == null) return NOUN_PHRASE;
        List<String> w = words(fact);
        if (w.isEmpty()) return NOUN_PHRASE;
        String first = w.get(0);
        if (EnglishWords.SUBJECT_PRONOUNS.contains(first) || isSubjectContraction(first)) return CLAUSE;
        // "can't find a dentist", "never miss a deadline": a predicate, said as a sentence; "never a dull moment" is none.
        if (EnglishWords.AUXILIARIES.contains(first)) {
            return w.size() > 1 && EnglishWords.DETERMINERS.contains(w.get(1)) ? NOUN_PHRASE : CLAUSE;
        }
        if (EnglishWords.isGerund(first)) return NOUN_PHRASE;
        if (isReportedFigure(w)) return NOUN_PHRASE;
        EnglishWords.Uses uses = EnglishWords.verbUses(first);
        if (uses != null && !NOT_A_VERB_FIRST.contains(first) && startsVerbPhrase(uses, w)) return VERB_PHRASE;
        return hasFiniteVerb(w) ? CLAUSE : NOUN_PHRASE;
    }

    /**
     * A figure reported the way headlines do, a noun, "up" or "down", a number: "click rates down 70% in
     * six months", "sales up 20%". "Click" is a verb, but a verb phrase puts its particle before the
     * object's number ("click down …") or after a pronoun, never between a plural noun and a figure.
     */
    private static boolean isReportedFigure(List<String> w) {
        for (int i = 1; i + 1 < w.size(); i++) {
            boolean upOrDown = w.get(i).equals("up") || w.get(i).equals("down");
            if (upOrDown && Character.isDigit(w.get(i + 1).charAt(0)) && w.get(i - 1).endsWith("s")) return true;
        }
        return false;
    }

    /**
     * A verb lemma starts a verb phrase when what follows could only follow a verb (an object's
     * determiner, a particle: "book a table", "free up your evenings"), or when it is used mostly
     * as a verb ("save time", "support local rivers"); "book club", "free delivery", "dry shoulders"
     * and "clear skin" stay noun phrases.
     */
    private static boolean startsVerbPhrase(EnglishWords.Uses uses, List<String> w) {
        if (w.size() == 1) return uses.mostlyVerb();
        String second = w.get(1);
        if (EnglishWords.RELATIVES.contains(second)) return false;
        if (EnglishWords.PARTICLES.contains(second) && !EnglishWords.PREPOSITIONS.contains(second)) return true;
        // A noun is never followed by an article, a number or an object pronoun: "book a table",
        // "juggle three apps" are verb phrases.
        if ((EnglishWords.DETERMINERS.contains(second) && !EnglishWords.RELATIVES.contains(second)) || isObjectPronoun(second)
                || EnglishWords.NUMBERS.contains(second) || Character.isDigit(second.charAt(0))) {
            return uses.verb() >= 0;
        }
        if (EnglishWords.PREPOSITIONS.contains(second)) return uses.mostlyVerb();
        return uses.stronglyVerb() || VERB_FIRST.contains(w.get(0));
    }

    /**
     * Whether a fact goes on with a finite verb of its own: a plural subject ("customers are paid
     * sooner") or one noun phrase that starts with a determiner ("your tea stays hot", "the whole
     * team always knows"), not a relative clause ("a bike that is always ready", "numbers you can
     * use", "a schedule the team can see") and not a plural noun ("views from the train").
     */
    private static boolean hasFiniteVerb(List<String> w) {
        boolean determinerFirst = EnglishWords.DETERMINERS.contains(w.get(0)) || EnglishWords.INDEFINITES.contains(w.get(0));
        for (int i = 1; i < w.size() - 1; i++) {
            String word = w.get(i);
            String before = w.get(i - 1);
            if (EnglishWords.RELATIVES.contains(word) || EnglishWords.SUBJECT_PRONOUNS.contains(before)) return false;
            if (EnglishWords.PREPOSITIONS.contains(word) || (i > 1 && EnglishWords.DETERMINERS.contains(word))) return false;
            if (EnglishWords.FINITE.contains(word)) return i == 1 || determinerFirst;
            if (determinerFirst && thirdPerson(word) && !EnglishWords.DETERMINERS.contains(before)
                    && (i >= 2 || EnglishWords.INDEFINITES.contains(before))) return true;
            // "your evenings stay free": a plural subject and a verb used far more as one.
            if (determinerFirst && i >= 2 && before.endsWith("s") && !before.endsWith("'s") && !EnglishWords.DETERMINERS.contains(before)
                    && EnglishWords.verbUses(word) != null && EnglishWords.verbUses(word).stronglyVerb()) return true;
        }
        return false;
    }

    /** "stays", "balances": a verb's -s form, of a word used far more as a verb than a noun. */
    private static boolean thirdPerson(String word) {
        if (!word.endsWith("s") || word.endsWith("ss") || word.length() < 4) return false;
        for (String stem : List.of(word.substring(0, word.length() - 1), word.substring(0, word.length() - 2))) {
            EnglishWords.Uses uses = EnglishWords.verbUses(stem);
            if (uses != null && uses.stronglyVerb()) return true;
        }
        return false;
    }

    private static boolean isSubjectContraction(String word) {
        int apostrophe = word.indexOf('\'');
        return apostrophe > 0 && EnglishWords.SUBJECT_PRONOUNS.contains(word.substring(0, apostrophe))
                || word.equals("that's") || word.equals("let's");
    }

    private static boolean isObjectPronoun(String word) {
        return word.equals("it") || word.equals("them") || word.equals("us") || word.equals("me") || word.equals("you")
                || word.equals("yourself") || word.equals("yourselves");
    }

    /** The fact's words, lowercase, apostrophes kept (’ read as '): "It’s easy" → it's, easy. */
    static List<String> words(String fact) {
        List<String> words = new ArrayList<>();
        for (String w : fact.replace('\u2019', '\'').toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}'-]+")) {
            String t = w.replaceAll("^'+|'+$", "");
            if (!t.isEmpty()) words.add(t);
        }
        return words;
    }
}
