package io.copydeck.support;

import io.copydeck.dsl.brief.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Words related in meaning to a question's word, from WordNet 3.0 ({@code related.<language>.txt},
 * derived by {@code support/tools/english-related-words.py}), in three strengths: the synonyms of its
 * main sense (<em>same</em>: "bike" for "bicycle", "bill" for "invoice"), <em>close</em> ones, the
 * synonyms and derived forms of its other common senses ("resign" for "quit"), and <em>loose</em> ones, its first sense's hypernym and gloss words ("dog" for "puppy", "charge" for
 * "postage", "light" for "dark"). Broader and noisier than the hand-kept customer-service
 * {@link Synonyms}, so {@link FactIndex} asks for a relative only when a fact holds it, weighs it lower
 * and counts it as only part of a match, the weaker the relation the less. Directional: a word's
 * relatives are not related back to it.
 *
 * <p>A lemma may be a two-word phrase ("hook up", "sign up", "turn up"): a phrasal verb customers ask
 * with where a fact writes one word ("connects", "arrives"). Phrases are keyed by their two words as
 * written (lowercase), since analysis would drop or stem their particles; single words by their stem.
 * Read once per language and shared (immutable). A language without a file (German today) has none.
 */
final class RelatedWords {
    private static final Map<Language, RelatedWords> LOADED = new ConcurrentHashMap<>();
    static final String PHRASE_JOIN = "_";

    /** A lemma's relatives, stemmed as the index stems, each in the file's order. */
    record Relatives(char partOfSpeech, Set<String> same, Set<String> close, Set<String> loose) {
        /** A word WordNet does not know ("bitcoin", "sla"): most often a name, a thing. */
        static final char UNKNOWN = '?';
        static final Relatives NONE = new Relatives(UNKNOWN, Set.of(), Set.of(), Set.of());

        /** Whether the word's main sense is an adjective or adverb: it says how, not what about. */
        boolean modifier() {
            return partOfSpeech == 'a' || partOfSpeech == 'r';
        }
    }

    private final Map<String, Relatives> relatives;

    private RelatedWords(Map<String, Relatives> relatives) {
        this.relatives = relatives;
    }

    static RelatedWords of(Language language) {
        return LOADED.computeIfAbsent(language, RelatedWords::load);
    }

    private static RelatedWords load(Language language) {
        String name = "related." + language.code() + ".txt";
        QuestionAnalysis analysis = QuestionAnalysis.of(language);
        Map<String, Set<String>> same = new HashMap<>();
        Map<String, Set<String>> close = new HashMap<>();
        Map<String, Set<String>> loose = new HashMap<>();
        Map<String, Integer> lemmaLength = new HashMap<>();
        Map<String, Character> partOfSpeech = new HashMap<>();
        try (InputStream in = RelatedWords.class.getResourceAsStream(name)) {
            if (in == null) return new RelatedWords(Map.of());
            for (String line : body(new String(in.readAllBytes(), StandardCharsets.UTF_8)).split("\n")) {
                if (line.isBlank()) continue;
                int space = line.indexOf(' ');
                String lemma = line.substring(0, space);
                String key = lemma.contains(PHRASE_JOIN) ? lemma : single(analysis, lemma);
                if (key == null) continue; // a stop word ("about", "also"): never a question's term
                int slash = line.indexOf(" / ", space);
                int pos = space + 1;
                if (slash < 0 || line.charAt(pos + 1) != ' ') continue; // not a line the tool writes
                int bar = line.indexOf(" | ", space);
                if (bar < slash) continue;
                // Several lemmas may share a stem ("system", "systemise"): the shortest, the base word, speaks for it.
                Integer held = lemmaLength.get(key);
                if (held != null && held < lemma.length()) continue;
                if (held == null || held > lemma.length()) {
                    same.put(key, new LinkedHashSet<>());
                    close.put(key, new LinkedHashSet<>());
                    loose.put(key, new LinkedHashSet<>());
                    lemmaLength.put(key, lemma.length());
                    partOfSpeech.put(key, line.charAt(pos));
                }
                addStems(analysis, key, line.substring(pos + 2, Math.max(pos + 2, slash)), same.get(key));
                addStems(analysis, key, line.substring(slash + 3, bar), close.get(key));
                addStems(analysis, key, line.substring(bar + 3), loose.get(key));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the related words " + name, e);
        }
        Map<String, Relatives> all = new HashMap<>();
        for (String key : same.keySet()) {
            // A word in two strengths (two lemmas with one stem) counts in the stronger.
            Set<String> m = Set.copyOf(same.get(key));
            Set<String> c = new LinkedHashSet<>(close.get(key));
            c.removeAll(m);
            Set<String> l = new LinkedHashSet<>(loose.get(key));
            l.removeAll(m);
            l.removeAll(c);
            all.put(key, new Relatives(partOfSpeech.get(key), m, Set.copyOf(c), Set.copyOf(l)));
        }
        return new RelatedWords(Map.copyOf(all));
    }

    /**
     * The file's lines after its header of {@code #} comments, as the tool wrote them; their SHA-256 is
     * the header's last line, so a hand edit shows (RelatedWordsTest).
     */
    static String body(String file) {
        int at = 0;
        while (file.startsWith("#", at)) at = file.indexOf('\n', at) + 1;
        return file.substring(at);
    }

    private static String single(QuestionAnalysis analysis, String word) {
        List<String> stem = analysis.terms(FactIndex.TEXT, word);
        return stem.size() == 1 ? stem.get(0) : null;
    }

    private static void addStems(QuestionAnalysis analysis, String key, String words, Set<String> into) {
        analysis.terms(FactIndex.TEXT, words).stream().filter(t -> !t.equals(key)).forEach(into::add);
    }

    /** The relatives of a term (a stem, or a phrase's key from {@link #phrase}); none when WordNet relates none. */
    Relatives of(String term) {
        return relatives.getOrDefault(term, Relatives.NONE);
    }

    /** The key of the phrase two adjacent words make ("hook", "up": "hook_up"), or null when WordNet has none. */
    String phrase(String first, String second) {
        String key = first.toLowerCase(Locale.ROOT) + PHRASE_JOIN + second.toLowerCase(Locale.ROOT);
        return relatives.containsKey(key) ? key : null;
    }
}
