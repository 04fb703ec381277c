package io.copydeck.research;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Phrases of one to four words looked up in a run of tokens, longest first; a word matches its phrase word by
 * its lower-case form or its lemma. Read from a tab-separated resource of the research package: the first
 * column the phrase, the rest its value; {@code #} starts a comment line.
 */
final class PhraseTable<V> {
    /** A phrase found at {@code index}, {@code length} tokens long. */
    record Match<V>(int index, int length, String phrase, V value) {}

    private final Map<String, List<Entry<V>>> byFirstWord = new HashMap<>();
    private final List<Entry<V>> rows = new ArrayList<>();

    private record Entry<V>(String[] words, String phrase, V value) {}

    interface Parser<V> {
        V parse(String[] columns, String where);
    }

    static <V> PhraseTable<V> read(String resource, Parser<V> parser) {
        PhraseTable<V> table = new PhraseTable<>();
        try (InputStream in = PhraseTable.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("the resource " + resource + " is missing from the jar");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int number = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                number++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] columns = line.split("\t");
                table.add(columns[0], parser.parse(columns, resource + ":" + number));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource + " cannot be read", e);
        }
        return table;
    }

    /** Each phrase as read, with its value, in file order (for tables whose rows define other tables). */
    void forEachRow(java.util.function.BiConsumer<String, V> each) {
        rows.forEach(e -> each.accept(e.phrase, e.value));
    }

    void add(String phrase, V value) {
        String p = phrase.strip().toLowerCase(Locale.ROOT);
        String[] words = p.split("\\s+");
        Entry<V> entry = new Entry<>(words, p, value);
        rows.add(entry);
        byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(entry);
        byFirstWord.get(words[0]).sort((a, b) -> b.words.length - a.words.length);
    }

    /** The longest phrase that starts at {@code i}, or null. */
    Match<V> at(List<Token> tokens, int i) {
        Token first = tokens.get(i);
        List<Entry<V>> candidates = new ArrayList<>();
        List<Entry<V>> byLower = byFirstWord.get(first.lower());
        if (byLower != null) candidates.addAll(byLower);
        if (!first.lemma().equals(first.lower())) {
            List<Entry<V>> byLemma = byFirstWord.get(first.lemma());
            if (byLemma != null) candidates.addAll(byLemma);
        }
        Match<V> best = null;
        for (Entry<V> e : candidates) {
            if (best != null && best.length() >= e.words.length) continue;
            if (matches(tokens, i, e.words)) best = new Match<>(i, e.words.length, e.phrase, e.value);
        }
        return best;
    }

    /** Every phrase in the tokens, left to right, none overlapping (the longest wins at each place). */
    List<Match<V>> all(List<Token> tokens) {
        List<Match<V>> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); ) {
            Match<V> m = at(tokens, i);
            if (m == null) {
                i++;
            } else {
                found.add(m);
                i += m.length();
            }
        }
        return found;
    }

    private static boolean matches(List<Token> tokens, int i, String[] words) {
        if (i + words.length > tokens.size()) return false;
        for (int k = 0; k < words.length; k++) {
            if (!tokens.get(i + k).is(words[k])) return false;
        }
        return true;
    }
}
