package io.copydeck.support;

import io.copydeck.dsl.brief.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
 * synonyms and derived forms of its other common senses ("resign" for "quit"), and <em>loose</em>
 * ones, its main sense's hypernym and gloss nouns ("dog" for "puppy", "charge" for "postage", "light"
 * for "dark"). Each line also names the main sense's part of speech ({@link Relatives#modifier}). Broader and noisier than the hand-kept customer-service
 * {@link Synonyms}, so {@link FactIndex} asks for a relative only when a fact holds it, weighs it lower
 * and counts it as only part of a match, the weaker the relation the less. Directional: a word's
 * relatives are not related back to it.
 *
 * <p>A lemma may be a two-word phrase ("hook up", "sign up", "turn up"): a phrasal verb customers ask
 * with where a fact writes one word ("connects", "arrives"). Phrases are keyed by their two words as
 * written (lowercase), since analysis would drop or stem their particles; single words by their stem.
 * Read once per language and shared (thread-safe). A language without a file (German today) has none.
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

    /** Each key's lines (of its shortest lemma), read into {@link Relatives} when first asked for. */
    private final Map<String, List<String>> lines;
    private final QuestionAnalysis analysis;
    private final Map<String, Relatives> read = new ConcurrentHashMap<>();

    private RelatedWords(Map<String, List<String>> lines, QuestionAnalysis analysis) {
        this.lines = lines;
        this.analysis = analysis;
    }

    static RelatedWords of(Language language) {
        return LOADED.computeIfAbsent(language, RelatedWords::load);
    }

    /**
     * Only each line's lemma is stemmed here; its relatives when first asked for ({@link #of}): most
     * of the 78,000 lemmas are never a question's word, and stemming them all took seconds.
     */
    private static RelatedWords load(Language language) {
        String name = "related." + language.code() + ".txt";
        QuestionAnalysis analysis = QuestionAnalysis.of(language);
        Map<String, List<String>> lines = new HashMap<>();
        Map<String, Integer> lemmaLength = new HashMap<>();
        try (InputStream in = RelatedWords.class.getResourceAsStream(name)) {
            if (in == null) return new RelatedWords(Map.of(), analysis);
            for (String line : body(new String(in.readAllBytes(), StandardCharsets.UTF_8)).split("\n")) {
                if (line.isBlank()) continue;
                int space = line.indexOf(' ');
                int slash = line.indexOf(" / ", space);
                int bar = line.indexOf(" | ", space);
                if (space < 0 || slash < 0 || bar < slash || line.charAt(space + 2) != ' ') continue; // not the tool's
                String lemma = line.substring(0, space);
                String key = lemma.contains(PHRASE_JOIN) ? lemma : single(analysis, lemma);
                if (key == null) continue; // a stop word ("about", "also"): never a question's term
                // Several lemmas may share a stem ("system", "systemise"): the shortest, the base word, speaks for it.
                Integer held = lemmaLength.get(key);
                if (held != null && held < lemma.length()) continue;
                if (held == null || held > lemma.length()) {
                    lines.put(key, new ArrayList<>());
                    lemmaLength.put(key, lemma.length());
                }
                lines.get(key).add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the related words " + name, e);
        }
        return new RelatedWords(Map.copyOf(lines), analysis);
    }

    /** A key's lines as its relatives; a word in two strengths (two lemmas, one stem) counts in the stronger. */
    private Relatives parse(String key, List<String> keyLines) {
        Set<String> same = new LinkedHashSet<>();
        Set<String> close = new LinkedHashSet<>();
        Set<String> loose = new LinkedHashSet<>();
        for (String line : keyLines) {
            int pos = line.indexOf(' ') + 1;
            int slash = line.indexOf(" / ", pos);
            int bar = line.indexOf(" | ", pos);
            addStems(key, line.substring(pos + 2, Math.max(pos + 2, slash)), same);
            addStems(key, line.substring(slash + 3, bar), close);
            addStems(key, line.substring(bar + 3), loose);
        }
        close.removeAll(same);
        loose.removeAll(same);
        loose.removeAll(close);
        String first = keyLines.get(0);
        return new Relatives(first.charAt(first.indexOf(' ') + 1), Set.copyOf(same), Set.copyOf(close), Set.copyOf(loose));
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

    private void addStems(String key, String words, Set<String> into) {
        analysis.terms(FactIndex.TEXT, words).stream().filter(t -> !t.equals(key)).forEach(into::add);
    }

    /** The relatives of a term (a stem, or a phrase's key from {@link #phrase}); none when WordNet relates none. */
    Relatives of(String term) {
        List<String> keyLines = lines.get(term);
        return keyLines == null ? Relatives.NONE : read.computeIfAbsent(term, k -> parse(k, keyLines));
    }

    /** The key of the phrase two adjacent words make ("hook", "up": "hook_up"), or null when WordNet has none. */
    String phrase(String first, String second) {
        String key = first.toLowerCase(Locale.ROOT) + PHRASE_JOIN + second.toLowerCase(Locale.ROOT);
        return lines.containsKey(key) ? key : null;
    }
}
