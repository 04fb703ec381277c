package io.copydeck.dsl.brief;

import io.copydeck.dsl.text.EnglishArticles;
import io.copydeck.dsl.text.EnglishSpelling;
import io.copydeck.dsl.text.EnglishWords;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts a brief's facts where a text names them by slot (docs/slots.md, "Realisation"):
 * `Meet {product}: {benefit}.` becomes `Meet Chai Blend: fresh tea.` A fact is capitalised at a
 * sentence start; inside a sentence a fact written as a sentence ("Fresh tea") is lowercased
 * unless it starts with a name the brief declares or a word in capitals (and never in German,
 * where nouns are capitalised); a fact's own final full stop goes when the text goes on with
 * punctuation; the offer line, a whole sentence, and names are written as they are. The model's
 * own words are kept as written, in the spelling of the campaign's English (en-GB: colour).
 *
 * <p>What cannot be realised is kept in the text as written and listed as a {@link Problem}: a
 * name that is no slot (`{colour}`), a slot whose fact the brief lacks (`{pain.3}`), and braces
 * that are no slot at all (`{Colour}`, a `{` or `}` alone). So a realised text that still holds a
 * brace is one with a problem, and the `slots` rule finds it there.
 */
public final class SlotRealiser {
    /** What is wrong with one brace of a text. */
    public enum Kind { UNKNOWN_SLOT, MISSING_FACT, NOT_A_SLOT, UNREALISED, MISFIT }

    /**
     * One brace that was not realised: what, as written, and where ({@code start} inclusive,
     * {@code end} exclusive, in chars of the text given).
     */
    public record Problem(Kind kind, String written, int start, int end, String message) {}

    /** The text with every slot it could realise realised, and what it could not. */
    public record Realised(String text, List<Problem> problems) {
        public Realised {
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** A slot as written: `{product}`, `{pain.0}`. */
    private static final Pattern SLOT = Pattern.compile("\\{([a-z][a-z_]*(?:\\.\\d{1,4})?)\\}");
    /** How far a brace that is no slot reaches: to its closing brace on the same line, if near. */
    private static final int MAX_MARK = 40;
    private static final String SENTENCE_ENDS = ".!?…";
    /** Opening quotes and brackets: a sentence may start after them. */
    private static final String OPENERS = "\"'“‘„«([";
    private static final String BULLETS = "-–•*";

    private SlotRealiser() {}

    public static Realised realise(String text, Brief brief) {
        return realise(text, Slots.of(brief));
    }

    public static Realised realise(String text, Slots slots) {
        List<String> names = declaredNames(slots.brief());
        boolean lowercaseInside = slots.brief().language() != Language.GERMAN;
        boolean english = slots.brief().language() == Language.ENGLISH;
        Optional<EnglishSpelling.Variant> spelling = EnglishSpelling.Variant.of(slots.brief().campaign().locale());
        Set<String> nameWords = spelling.isEmpty() ? Set.of() : wordsOf(names);
        StringBuilder out = new StringBuilder(text.length() + 32);
        List<Problem> problems = new ArrayList<>();
        int i = 0;
        int ownFrom = 0;
        Placed joined = null;
        // The list facts named so far ("feature.0"): a list's name without its index is the next one.
        Set<String> named = new java.util.HashSet<>();
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '{' && c != '}') {
                i++;
                continue;
            }
            ownWords(out, text.substring(ownFrom, i), spelling, nameWords);
            int end = markEnd(text, i);
            Problem problem = problem(text, i, end, slots);
            if (problem != null) {
                problems.add(problem);
                out.append(text, i, end);
            } else {
                String slot = slots.indexed(text.substring(i + 1, end - 1), named);
                named.add(slot);
                String fact = slots.value(slot).orElseThrow();
                Slots.Form form = Slots.form(slot).orElseThrow();
                Optional<FactShape> shape = english ? slots.shape(slot) : Optional.empty();
                ShapeFit fit = shape.map(sh -> ShapeFit.of(sh, out)).orElse(null);
                if (fit != null && fit.fits() && joined != null && joinedTo(out, joined.end()) && joined.shape() != shape.get()) {
                    fit = ShapeFit.unlike(shape.get(), joined.shape());
                }
                if (fit == null && english && slot.equals("ends") && SlotRealiser.sentenceStart(out) && endsSentenceAt(text, end)) {
                    fit = ShapeFit.aloneNoSentence();
                }
                if (fit == null && english && slot.equals("price") && freePrice(slots.brief())) fit = ShapeFit.ofFreePrice(out);
                // A call to action is a command, never a thing: "instead of {cta}" is a role the model mixed up.
                if (fit != null && fit.fit() == ShapeFit.Fit.AS_GERUND && slot.equals("cta")) fit = ShapeFit.commandAfterPreposition();
                if (fit != null && !fit.fits()) {
                    problems.add(misfit(text, i, end, fact, fit));
                    out.append(text, i, end);
                } else {
                    String w = written(fact, form, out, goesOn(text, end), names, lowercaseInside);
                    if (fit != null && fit.fit() == ShapeFit.Fit.AS_GERUND) w = EnglishWords.gerundPhrase(w);
                    if (english) {
                        EnglishArticles.dropDoubled(out, w);
                        EnglishArticles.agree(out, w);
                    }
                    out.append(w);
                    joined = shape.map(sh -> new Placed(sh, out.length())).orElse(null);
                }
            }
            i = end;
            ownFrom = i;
        }
        ownWords(out, text.substring(ownFrom), spelling, nameWords);
        return new Realised(out.toString(), problems);
    }

    /**
     * The model's own words, in the spelling of the campaign's English (it learnt one spelling
     * for both); the facts are the strategist's and keep theirs, which `check` looks at (W314), and
     * so does a word of a declared name written out ("Harbor Bank" in an en-GB campaign).
     */
    private static void ownWords(StringBuilder out, String words, Optional<EnglishSpelling.Variant> spelling,
                                 Set<String> nameWords) {
        out.append(spelling.isEmpty() ? words
                : EnglishSpelling.respell(words, spelling.get(), word -> nameWords.contains(word.toLowerCase(Locale.ROOT))));
    }

    /** The words of the declared names, lowercase: "Harbor Bank" → harbor, bank. */
    private static Set<String> wordsOf(List<String> names) {
        Set<String> words = new HashSet<>();
        for (String name : names) {
            for (String w : name.split("[^\\p{L}-]+")) {
                if (!w.isEmpty()) words.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }

    /**
     * Every brace of a text that is still there, each as a problem: for a text that should have
     * been realised already (the `slots` rule on a chosen or final text). A slot the brief could
     * fill is {@link Kind#UNREALISED}.
     */
    public static List<Problem> problems(String text, Brief brief) {
        Slots slots = Slots.of(brief);
        List<Problem> problems = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '{' && c != '}') {
                i++;
                continue;
            }
            int end = markEnd(text, i);
            Problem p = problem(text, i, end, slots);
            if (p == null) p = unrealised(text, i, end, slots);
            problems.add(p);
            i = end;
        }
        return problems;
    }

    /** Where the last shaped fact ends in the text written so far, and its shape. */
    private record Placed(FactShape shape, int end) {}

    /** Whether all that is written since {@code end} is " and " or " or ": a fact joined to the one before. */
    private static boolean joinedTo(CharSequence out, int end) {
        String between = out.subSequence(end, out.length()).toString().strip().toLowerCase(Locale.ROOT);
        return between.equals("and") || between.equals("or") || between.equals(", and") || between.equals(", or");
    }

    private static boolean freePrice(Brief brief) {
        return brief.offering().price() != null && brief.offering().price().free();
    }

    /** Whether the text ends a sentence right after {@code end}: "{ends}." then nothing, a space or a line. */
    private static boolean endsSentenceAt(String text, int end) {
        return end < text.length() && ".!".indexOf(text.charAt(end)) >= 0
                && (end + 1 == text.length() || Character.isWhitespace(text.charAt(end + 1)));
    }

    /**
     * A slot the brief could fill that is still in a text: one whose fact would not fit where it
     * stands (the realiser kept it), or one never realised.
     */
    private static Problem unrealised(String text, int start, int end, Slots slots) {
        String slot = text.substring(start + 1, end - 1);
        if (slots.brief().language() == Language.ENGLISH) {
            Optional<ShapeFit> fit = slots.shape(slot).map(shape -> ShapeFit.of(shape, text.substring(0, start)));
            if (fit.isPresent() && !fit.get().fits()) return misfit(text, start, end, slots.value(slot).orElseThrow(), fit.get());
        }
        return new Problem(Kind.UNREALISED, text.substring(start, end), start, end, text.substring(start, end) + " was never realised");
    }

    private static Problem misfit(String text, int start, int end, String fact, ShapeFit fit) {
        String written = text.substring(start, end);
        return new Problem(Kind.MISFIT, written, start, end, written + " (\"" + fact.strip() + "\") " + fit.reason());
    }

    /** Where the brace at {@code start} ends: after its slot, or after the closing brace of what it holds. */
    private static int markEnd(String text, int start) {
        if (text.charAt(start) == '}') return start + 1;
        Matcher m = SLOT.matcher(text).region(start, text.length());
        if (m.lookingAt()) return m.end();
        for (int j = start + 1; j < text.length() && j <= start + MAX_MARK; j++) {
            char c = text.charAt(j);
            if (c == '}') return j + 1;
            if (c == '{' || c == '\n') break;
        }
        return start + 1;
    }

    /** What is wrong with the mark {@code text[start, end)}; null when it is a slot the brief fills. */
    private static Problem problem(String text, int start, int end, Slots slots) {
        String written = text.substring(start, end);
        Matcher m = SLOT.matcher(written);
        if (!m.matches()) {
            String message = written.equals("}") ? "a closing brace with no slot"
                    : written.endsWith("}") ? "\"" + written + "\" is no slot: a slot is lowercase, like {product} or {pain.0}"
                    : "a brace with no slot";
            return new Problem(Kind.NOT_A_SLOT, written, start, end, message);
        }
        String slot = m.group(1);
        if (!Slots.known(slot)) {
            return new Problem(Kind.UNKNOWN_SLOT, written, start, end, written + " is no slot");
        }
        if (slots.value(slot).isEmpty()) {
            return new Problem(Kind.MISSING_FACT, written, start, end, written + ": the brief has no such fact");
        }
        return null;
    }

    /**
     * Whether the text goes on in the same sentence after {@code end}: with punctuation ("{benefit}.",
     * "{benefit},") or, after a space, with a lowercase word ("{benefit} every day").
     */
    private static boolean goesOn(String text, int end) {
        if (end >= text.length()) return false;
        if (isPunctuation(text.charAt(end))) return true;
        int j = end;
        while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) j++;
        return j > end && j < text.length() && Character.isLowerCase(text.charAt(j));
    }

    /** A fact as the text around it needs it. */
    private static String written(String fact, Slots.Form form, CharSequence before, boolean goesOn, List<String> names,
                                  boolean lowercaseInside) {
        String f = fact.strip();
        // "{benefit}." with a benefit written "Fresh tea.": one full stop, the text's.
        if (goesOn && f.endsWith(".") && !f.endsWith("..")) f = f.substring(0, f.length() - 1);
        if (f.isEmpty() || form == Slots.Form.SENTENCE || form == Slots.Form.NAME) return f;
        if (startsWithName(f, names)) return f;
        int first = f.codePointAt(0);
        if (sentenceStart(before)) {
            return Character.isLowerCase(first) ? new StringBuilder().appendCodePoint(Character.toUpperCase(first))
                    .append(f, Character.charCount(first), f.length()).toString() : f;
        }
        if (form == Slots.Form.PROSE && lowercaseInside && Character.isUpperCase(first) && !firstWordInCapitals(f)) {
            return new StringBuilder().appendCodePoint(Character.toLowerCase(first))
                    .append(f, Character.charCount(first), f.length()).toString();
        }
        return f;
    }

    /** Whether what is written so far ends a sentence, a line or nothing at all: the next word starts a sentence. */
    static boolean sentenceStart(CharSequence before) {
        int j = before.length() - 1;
        while (j >= 0 && (before.charAt(j) == ' ' || before.charAt(j) == '\t' || OPENERS.indexOf(before.charAt(j)) >= 0)) j--;
        if (j < 0 || before.charAt(j) == '\n' || SENTENCE_ENDS.indexOf(before.charAt(j)) >= 0) return true;
        if (BULLETS.indexOf(before.charAt(j)) >= 0) {
            int k = j - 1;
            while (k >= 0 && (before.charAt(k) == ' ' || before.charAt(k) == '\t')) k--;
            return k < 0 || before.charAt(k) == '\n';
        }
        return false;
    }

    private static boolean isPunctuation(char c) {
        int type = Character.getType(c);
        return type == Character.OTHER_PUNCTUATION || type == Character.END_PUNCTUATION
                || type == Character.FINAL_QUOTE_PUNCTUATION;
    }

    /** "STOP", "UV-safe", "I", the "E." of "E. coli": a first word that keeps its capitals inside a sentence. */
    private static boolean firstWordInCapitals(String fact) {
        int end = 0;
        while (end < fact.length() && Character.isLetterOrDigit(fact.charAt(end))) end++;
        String word = fact.substring(0, end);
        if (word.equals("I")) return true;
        // An initial or an abbreviation keeps its capital: "E. coli readings", "J. Smith's bakery".
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0)) && end < fact.length() && fact.charAt(end) == '.') return true;
        long letters = word.chars().filter(Character::isLetter).count();
        return letters >= 2 && word.equals(word.toUpperCase(Locale.ROOT));
    }

    /** Whether a fact starts with a name the brief declares, or with the first word of one. */
    private static boolean startsWithName(String fact, List<String> names) {
        String first = firstWord(fact);
        for (String name : names) {
            if (fact.startsWith(name) && (fact.length() == name.length() || !Character.isLetterOrDigit(fact.charAt(name.length())))) {
                return true;
            }
            if (!first.isEmpty() && first.equals(firstWord(name))) return true;
        }
        return false;
    }

    private static String firstWord(String s) {
        int end = 0;
        while (end < s.length() && (Character.isLetterOrDigit(s.charAt(end)) || s.charAt(end) == '-')) end++;
        return s.substring(0, end);
    }

    /** The names the brief declares: brand, product or bundle, and a bundle's items. */
    private static List<String> declaredNames(Brief brief) {
        List<String> names = new ArrayList<>();
        if (brief.brand().name() != null) names.add(brief.brand().name().strip());
        if (brief.offering().name() != null) names.add(brief.offering().name().strip());
        if (brief.offering() instanceof Offering.Bundle b) b.items().forEach(item -> names.add(item.name().strip()));
        names.removeIf(String::isEmpty);
        return names;
    }
}
