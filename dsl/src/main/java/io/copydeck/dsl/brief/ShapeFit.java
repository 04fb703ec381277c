package io.copydeck.dsl.brief;

import io.copydeck.dsl.text.EnglishWords;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a fact of a {@link FactShape} can stand where a text puts it, judged by the words just
 * before its slot: a verb phrase reads "to get stronger", "you can get stronger", and after a
 * preposition in its -ing form ("tired of waiting"), but never "you get get stronger", "it's get
 * stronger" or "what if get stronger"; a clause stands at a sentence's start or after a conjunction;
 * a noun phrase never follows "you can" or "helps you". Any fact stands at a sentence's start and
 * after a colon or a comma. English only: in another language every fact fits.
 */
public record ShapeFit(Fit fit, String reason) {
    public enum Fit { AS_WRITTEN, AS_GERUND, MISFIT }

    private static final ShapeFit WRITTEN = new ShapeFit(Fit.AS_WRITTEN, null);
    private static final ShapeFit GERUND = new ShapeFit(Fit.AS_GERUND, null);

    /** Words after which only a noun phrase can follow: an article, "you get", "it's". */
    private static final Set<String> NOUN_PLACES = Set.of("get", "gets", "got", "give", "gives", "bring", "brings",
            "offer", "offers", "is", "are", "was", "were", "it's", "that's", "there's", "here's",
            "want", "wants", "need", "needs", "deserve", "deserves", "choose", "chose", "meet", "discover", "hello",
            "goodbye", "hi", "than", "unlike", "plus", "includes", "include", "delivers", "deliver", "promises");
    /** Verbs after which a verb phrase reads well in its -ing form: "imagine getting stronger". */
    private static final Set<String> GERUND_VERBS = Set.of("imagine", "enjoy", "enjoys", "love", "start", "keep",
            "keeps", "stop", "quit", "avoid", "finish", "try", "consider", "mean", "means");
    /** Two words after which only a noun phrase follows: "gives you {benefit}". */
    private static final Set<String> NOUN_PAIRS = Set.of("gives you", "give you", "brings you", "bring you", "offers you",
            "offer you", "get you", "gets you", "it is", "that is", "there is", "here is", "you get", "you'll get",
            "we get", "they get", "you want", "you need");
    /** Two words after which only a verb phrase follows: "helps you {benefit}". */
    private static final Set<String> VERB_PAIRS = Set.of("helps you", "help you", "lets you", "let you", "helping you",
            "helped you", "makes you", "make you", "will you", "can you");
    /** Words after which only a verb can follow: "you can {benefit}". */
    private static final Set<String> MODALS = Set.of("can", "cannot", "could", "will", "would", "should", "must", "may",
            "might", "don't", "doesn't", "didn't", "can't", "won't");
    /**
     * Words a verb phrase may follow: the infinitive's "to", a subject ("you climb with friends"), an
     * adverb of a predicate ("you often…", "you can also…"), "and"/"or" joining predicates.
     */
    private static final Set<String> VERB_PLACES = Set.of("to", "you", "we", "they", "i", "and", "or", "also", "often",
            "always", "never", "just", "still", "finally", "really", "simply", "now", "soon", "then", "easily", "help",
            "helps", "let", "lets", "please", "together", "yourself", "ourselves");

    /** Two words whose "to" starts an infinitive, never a noun phrase: "wants to {benefit}". */
    private static final Set<String> INFINITIVES = Set.of("want to", "wants to", "able to", "chance to", "need to",
            "needs to", "have to", "has to", "had to", "having to", "needed to", "wanted to", "how to", "going to",
            "trying to", "try to", "used to", "helps to", "help to", "ready to", "easy to", "free to", "time to");
    /** Words a free price cannot follow: "just free", "it costs free". */
    private static final Set<String> NO_FREE_AFTER = Set.of("only", "just", "costs", "cost", "at", "from", "now",
            "instead", "pay", "price", "for");

    /**
     * A price of nothing where it reads as an amount: "Just free.", "It costs free." ("It's free",
     * "Free." and "for free" read well; "all for free" is fine English, but "for" alone before a
     * price states an amount).
     */
    static ShapeFit ofFreePrice(CharSequence before) {
        List<String> words = wordsBefore(before);
        if (words.isEmpty()) return WRITTEN;
        String prev = words.get(words.size() - 1);
        boolean allFor = words.size() == 2 && words.get(0).equals("all") && prev.equals("for");
        return NO_FREE_AFTER.contains(prev) && !allFor
                ? new ShapeFit(Fit.MISFIT, "is free, which reads as no amount after \"" + prev + "\"") : WRITTEN;
    }

    /** Words after which a clause may start: "and", "so", "because". */
    private static final Set<String> CONJUNCTIONS = Set.of("and", "but", "or", "so", "because", "when", "if", "that",
            "until", "while", "where", "as", "now", "then", "once", "since", "whether", "yes", "finally");

    /** How a fact of {@code shape} stands after {@code before}, the text written so far. */
    public static ShapeFit of(FactShape shape, CharSequence before) {
        List<String> words = wordsBefore(before);
        if (words.isEmpty()) return WRITTEN;
        String prev = words.get(words.size() - 1);
        String pair = words.size() == 2 ? words.get(0) + " " + prev : "";
        return switch (shape) {
            case NOUN_PHRASE -> MODALS.contains(prev) || prev.endsWith("'ll") || VERB_PAIRS.contains(pair)
                    ? misfit(shape, prev) : INFINITIVES.contains(pair) ? misfit(shape, pair) : WRITTEN;
            case VERB_PHRASE -> {
                if (NOUN_PAIRS.contains(pair)) yield misfit(shape, pair);
                if (GERUND_VERBS.contains(prev) && !VERB_PAIRS.contains(pair)) yield GERUND;
                if (EnglishWords.PREPOSITIONS.contains(prev)) yield GERUND;
                // A verb phrase follows only what makes a predicate of it: "to", "can", "you", "helps you", "and".
                if (VERB_PLACES.contains(prev) || MODALS.contains(prev) || prev.endsWith("'ll") || VERB_PAIRS.contains(pair)) {
                    yield WRITTEN;
                }
                yield misfit(shape, prev);
            }
            case CLAUSE -> CONJUNCTIONS.contains(prev) ? WRITTEN
                    : misfit(shape, prev);
        };
    }

    /** A fact joined by "and" to one of another shape: "fingerboards and get stronger". */
    static ShapeFit unlike(FactShape shape, FactShape before) {
        return new ShapeFit(Fit.MISFIT, "is a " + shape.words() + ", joined by \"and\" to a " + before.words());
    }

    /** A date alone as a sentence ("31 March 2027."): the tail of a sentence the model lost. */
    static ShapeFit aloneNoSentence() {
        return new ShapeFit(Fit.MISFIT, "is a date, and a date alone is no sentence");
    }

    /** The call to action after a preposition ("instead of {cta}"): a slot put in another fact's place. */
    static ShapeFit commandAfterPreposition() {
        return new ShapeFit(Fit.MISFIT, "is the call to action, a command, which cannot follow a preposition");
    }

    public boolean fits() {
        return fit != Fit.MISFIT;
    }

    /** Why: "is a verb phrase, which cannot follow "you get"". */
    private static ShapeFit misfit(FactShape shape, String after) {
        String where = shape == FactShape.CLAUSE ? ", which starts a sentence or follows a conjunction, not \"" + after + "\""
                : ", which cannot follow \"" + after + "\"";
        return new ShapeFit(Fit.MISFIT, "is a " + shape.words() + where);
    }

    /**
     * The one or two words right before a slot, lowercase; none where any fact may stand: at a
     * sentence's start, or after punctuation (a colon, a comma).
     */
    private static List<String> wordsBefore(CharSequence before) {
        String tail = before.toString().stripTrailing();
        if (tail.isEmpty() || SlotRealiser.sentenceStart(before)) return List.of();
        char last = tail.charAt(tail.length() - 1);
        if (!Character.isLetter(last) && last != '\'' && last != '\u2019') return List.of();
        return lastWords(tail, 2);
    }

    /** The last {@code n} words of a text, lowercase, apostrophes kept (’ read as '). */
    private static List<String> lastWords(String text, int n) {
        List<String> words = new ArrayList<>();
        int end = text.length();
        while (words.size() < n && end > 0) {
            int i = end;
            while (i > 0 && isWordChar(text.charAt(i - 1))) i--;
            if (i == end) break;
            words.add(0, text.substring(i, end).replace('\u2019', '\'').toLowerCase(Locale.ROOT));
            int j = i;
            while (j > 0 && text.charAt(j - 1) == ' ') j--;
            if (j == i || (j > 0 && !isWordChar(text.charAt(j - 1)))) break;
            end = j;
        }
        return words;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '\'' || c == '\u2019' || c == '-';
    }
}
