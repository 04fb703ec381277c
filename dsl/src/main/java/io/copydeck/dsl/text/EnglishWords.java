package io.copydeck.dsl.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What an English word can be, and its -ing form: the small part of English grammar the brief needs
 * to place a fact in a sentence. Which words are verbs, and how often each is used as a verb, a
 * noun or an adjective, comes from WordNet 3.0 ({@code english-word-classes.txt} beside this class,
 * written by {@code dsl/tools/english-word-classes.sh}); the closed classes (determiners,
 * pronouns, prepositions) are short lists here.
 */
public final class EnglishWords {
    /** How often a word was tagged as each class; -1 where WordNet has no such lemma. */
    public record Uses(int verb, int noun, int adjective) {
        /** Used mostly as a verb: "save", "get", "climb"; not "book" or "clear". */
        public boolean mostlyVerb() {
            return verb > Math.max(noun, 0) + Math.max(adjective, 0);
        }

        /**
         * Used half again as often as a verb as anything else: safe to read as one before a content
         * word ("support local rivers", not "dry shoulders" or "surprise car repairs").
         */
        public boolean stronglyVerb() {
            return verb > 0 && 2 * verb >= 3 * (Math.max(noun, 0) + Math.max(adjective, 0));
        }
    }

    public static final Set<String> DETERMINERS = Set.of("a", "an", "the", "your", "our", "my", "their", "his", "her",
            "its", "this", "that", "these", "those", "every", "each", "all", "some", "any", "no", "more", "less", "fewer",
            "another", "both", "whose");
    public static final Set<String> SUBJECT_PRONOUNS = Set.of("i", "you", "we", "they", "he", "she", "it", "there");
    /** Pronouns that are a noun phrase alone ("someone to talk to") and a subject before a verb ("nothing gets lost"). */
    public static final Set<String> INDEFINITES = Set.of("someone", "somebody", "everyone", "everybody", "nobody",
            "nothing", "everything", "something", "anyone", "anything", "no-one");
    public static final Set<String> NUMBERS = Set.of("one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "twelve", "twenty", "fifty", "hundred", "half", "dozens", "hundreds", "thousands");
    public static final Set<String> PREPOSITIONS = Set.of("of", "about", "for", "with", "without", "from", "by", "on",
            "in", "at", "after", "before", "like", "into", "through", "via", "despite", "beyond", "against");
    public static final Set<String> PARTICLES = Set.of("up", "out", "off", "back", "down", "over", "away", "around",
            "together", "ahead", "in", "on");
    /** Words that make what follows a predicate: "can", "you'll", "don't". */
    public static final Set<String> AUXILIARIES = Set.of("can", "cannot", "can't", "could", "will", "won't", "would",
            "should", "must", "may", "might", "do", "does", "don't", "doesn't", "didn't", "'ll", "never");
    /** Finite forms of the verbs that make a clause: "your tea is fresh", "the team has time". */
    public static final Set<String> FINITE = Set.of("is", "are", "was", "were", "isn't", "aren't", "has", "have", "had",
            "hasn't", "haven't", "does", "do", "doesn't", "don't", "can", "can't", "cannot", "will", "won't", "never",
            "always", "stays", "gets", "keeps", "feels", "looks", "works", "runs", "arrives", "lasts", "comes", "goes");
    public static final Set<String> RELATIVES = Set.of("who", "that", "which", "where", "when", "whose");
    /** Two-syllable verbs stressed on the last syllable, which double their last consonant: "forgetting". */
    private static final Set<String> DOUBLING = Set.of("begin", "forget", "prefer", "refer", "admit", "commit", "permit",
            "regret", "control", "occur", "upset", "equip", "omit", "submit", "transfer", "patrol", "compel", "excel",
            "expel", "propel", "rebel", "outrun", "rerun", "unzip", "defer", "deter", "incur", "recur", "confer");

    private static final Map<String, Uses> USES = load();

    private EnglishWords() {}

    /** How a word is used, lowercase; null when it is no verb in WordNet (nouns and adjectives alone are not listed). */
    public static Uses verbUses(String word) {
        return USES.get(word.toLowerCase(Locale.ROOT));
    }

    public static boolean isVerb(String word) {
        return verbUses(word) != null;
    }

    /** Whether a word is a verb's -ing form: "waiting", "getting", "making"; not "nothing" or "morning". */
    public static boolean isGerund(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (!w.endsWith("ing") || w.length() < 5 || INDEFINITES.contains(w)) return false;
        String stem = w.substring(0, w.length() - 3);
        boolean doubled = stem.length() > 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2);
        return isVerb(stem) || isVerb(stem + "e") || doubled && isVerb(stem.substring(0, stem.length() - 1));
    }

    /**
     * The -ing form of a verb: make → making, get → getting, see → seeing, tie → tying, panic →
     * panicking. English spelling rules, not a list; the few two-syllable verbs that double their
     * consonant are.
     */
    public static String gerund(String verb) {
        String v = verb.toLowerCase(Locale.ROOT);
        String ing;
        if (v.equals("be")) ing = "being";
        else if (v.endsWith("ie")) ing = v.substring(0, v.length() - 2) + "ying";
        else if (v.endsWith("ee") || v.endsWith("oe") || v.endsWith("ye")) ing = v + "ing";
        else if (v.endsWith("e") && v.length() > 2) ing = v.substring(0, v.length() - 1) + "ing";
        else if (v.endsWith("ic")) ing = v + "king";
        else if (doubles(v)) ing = v + v.charAt(v.length() - 1) + "ing";
        else ing = v + "ing";
        return matchCase(verb, ing);
    }

    /**
     * A verb phrase in its -ing form, to follow a preposition: "climb with friends" → "climbing with
     * friends", "eat well and sleep better" → "eating well and sleeping better". A word after "and",
     * "or" or a comma is a second verb when it is used far more as one.
     */
    public static String gerundPhrase(String verbPhrase) {
        String[] words = verbPhrase.split(" ", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            boolean first = i == 0;
            boolean afterJoin = i > 0 && (words[i - 1].equals("and") || words[i - 1].equals("or") || words[i - 1].endsWith(","));
            if (first || afterJoin && word.chars().allMatch(Character::isLetter)) {
                Uses uses = verbUses(word);
                if (uses != null && (first || uses.stronglyVerb())) word = gerund(word);
            }
            if (i > 0) out.append(' ');
            out.append(word);
        }
        return out.toString();
    }

    /** One-syllable verbs ending consonant, vowel, consonant (not w, x, y) double it: "stop" → "stopping". */
    private static boolean doubles(String v) {
        if (DOUBLING.contains(v)) return true;
        int n = v.length();
        if (n < 3) return false;
        char last = v.charAt(n - 1), mid = v.charAt(n - 2), before = v.charAt(n - 3);
        if (!consonant(last) || "wxy".indexOf(last) >= 0 || !vowel(mid) || !consonant(before)) return false;
        return syllables(v) == 1;
    }

    private static int syllables(String v) {
        int groups = 0;
        boolean inVowel = false;
        for (char c : v.toCharArray()) {
            boolean isVowel = vowel(c) || c == 'y';
            if (isVowel && !inVowel) groups++;
            inVowel = isVowel;
        }
        return groups;
    }

    private static boolean vowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }

    private static boolean consonant(char c) {
        return c >= 'a' && c <= 'z' && !vowel(c);
    }

    private static String matchCase(String original, String lower) {
        if (original.isEmpty() || !Character.isUpperCase(original.charAt(0))) return lower;
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    private static Map<String, Uses> load() {
        Map<String, Uses> uses = new HashMap<>();
        try (InputStream in = EnglishWords.class.getResourceAsStream("english-word-classes.txt")) {
            if (in == null) throw new IllegalStateException("english-word-classes.txt is missing beside EnglishWords");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split(" ");
                uses.put(f[0], new Uses(count(f[1]), count(f[2]), count(f[3])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(uses);
    }

    private static int count(String field) {
        return field.equals("-") ? -1 : Integer.parseInt(field);
    }
}
