package io.copydeck.compiler.rules;

import io.copydeck.dsl.brief.Language;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words copy may use in a language besides the brief's own: function words, pronouns, common verbs,
 * marketing-neutral words ("new", "offer", "discover"), time words. What the `grounded` rule
 * ({@link Grounded}) lets a text say that no fact of the brief says. The list is a plain text file a
 * person reads and extends, one word a line with `#` comments:
 * {@code io/copydeck/compiler/rules/neutral-lexicon.<language>.txt}. It is drawn from what the training
 * corpus writes around its slots (the corpus's {@code LexiconCoversCorpusTest} holds it to that), and
 * holds no word of any category ("tea", "legs", "dental"): those come from the brief or not at all.
 *
 * <p>A language with no file has no lexicon ({@link #of} is empty) and the rule passes every text: German
 * comes with #14.
 */
public final class NeutralLexicon {
    private static final String RESOURCE = "neutral-lexicon.%s.txt";
    private static final Map<Language, Optional<NeutralLexicon>> LOADED = new ConcurrentHashMap<>();
    /**
     * Endings after an apostrophe that leave the word before it in charge: "{product}'s", "you'll",
     * "we've", "they're", "I'd", "I'm". "n't" is one too ("isn't" is "is"); the forms that change their
     * stem ("can't", "won't") are in the lexicon as written.
     */
    private static final List<String> CLITICS = List.of("'s", "'ll", "'ve", "'re", "'d", "'m", "n't");

    private final Language language;
    private final Set<String> words;

    private NeutralLexicon(Language language, Set<String> words) {
        this.language = language;
        this.words = Set.copyOf(words);
    }

    /** The lexicon of the language, read once; empty when the language has none. */
    public static Optional<NeutralLexicon> of(Language language) {
        return LOADED.computeIfAbsent(language, NeutralLexicon::load);
    }

    private static Optional<NeutralLexicon> load(Language language) {
        String name = String.format(Locale.ROOT, RESOURCE, language.code());
        try (InputStream in = NeutralLexicon.class.getResourceAsStream(name)) {
            if (in == null) return Optional.empty();
            return Optional.of(new NeutralLexicon(language, parse(new String(in.readAllBytes(), StandardCharsets.UTF_8))));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the neutral lexicon " + name, e);
        }
    }

    /** A lexicon of the language from a file's text, in the format above (a lexicon that is not on the class path yet). */
    public static NeutralLexicon parse(Language language, String text) {
        return new NeutralLexicon(language, parse(text));
    }

    /** The words of a lexicon file: one a line, lowercase; `#` starts a comment, blank lines are nothing. */
    static Set<String> parse(String text) {
        Set<String> words = new HashSet<>();
        try (BufferedReader r = new BufferedReader(new java.io.StringReader(text))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int hash = line.indexOf('#');
                String word = normal(hash >= 0 ? line.substring(0, hash) : line).strip();
                if (!word.isEmpty()) words.add(word);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    public Language language() {
        return language;
    }

    /** Every word of the lexicon, lowercase. */
    public Set<String> words() {
        return words;
    }

    /** Whether the lexicon lists the word as written (in any case, either apostrophe). */
    public boolean lists(String word) {
        return words.contains(normal(word));
    }

    /**
     * Whether the word is the lexicon's, as {@link Grounded} reads it: listed, or a listed word with a
     * clitic ("it's", "you'll", "isn't"), or made of listed words joined by an apostrophe.
     */
    public boolean covers(String word) {
        return covered(normal(word), words::contains);
    }

    /**
     * Whether a word, lowercase with straight apostrophes, is known by {@code known}: as it is, as the
     * word before a clitic, or as apostrophe-joined parts that are each known.
     */
    static boolean covered(String word, java.util.function.Predicate<String> known) {
        if (known.test(word)) return true;
        if (word.indexOf('\'') < 0) return false;
        for (String clitic : CLITICS) {
            if (word.endsWith(clitic) && word.length() > clitic.length()) {
                String stem = word.substring(0, word.length() - clitic.length());
                if (known.test(stem)) return true;
            }
        }
        for (String part : word.split("'")) {
            if (!part.isEmpty() && !known.test(part)) return false;
        }
        return true;
    }

    /** A word as the lexicon compares it: lowercase, with a straight apostrophe. */
    static String normal(String word) {
        return word.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'');
    }

    /** One word of a text as the rule reads it, with whether a `#` makes it a hashtag and where it is. */
    public record Token(String text, int start, int end, boolean hashtag) {
        /** The word without its `#`. */
        public String word() {
            return hashtag ? text.substring(1) : text;
        }
    }

    /**
     * The words of a text: runs of letters and digits, apostrophes inside them kept ("don't", "Chai’s"),
     * hyphens between them not ("cafe-quality" is two words, as {@link Words} reads the facts); a `#`
     * right before a word makes it a hashtag.
     */
    public static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length()) {
                char c = text.charAt(i);
                boolean apostrophe = (c == '\'' || c == '’') && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
                if (!Character.isLetterOrDigit(c) && !apostrophe) break;
                i++;
            }
            boolean hashtag = start > 0 && text.charAt(start - 1) == '#';
            int from = hashtag ? start - 1 : start;
            out.add(new Token(text.substring(from, i), from, i, hashtag));
        }
        return out;
    }
}
