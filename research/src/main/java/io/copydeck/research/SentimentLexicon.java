package io.copydeck.research;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The baseline's sentiment: a reviewed word list per language (sentiment-en.tsv, sentiment-de.tsv: a phrase, its weight
 * from -3 to 3, and the aspect it may imply) and three rules that change a weight by the words before it: {@link #NEGATORS} flip it ("not great",
 * "nicht gut"), {@link #INTENSIFIERS} strengthen it ("really slow"), and "too" before a word that is not
 * negative makes a complaint of it ("too small", "zu teuer").
 */
final class SentimentLexicon {
    /** A sentiment-bearing phrase of a clause: where it is and the weight it gets there. */
    record Hit(int index, int length, String phrase, double weight, String impliedAspect, boolean onlyAlone) {}

    /**
     * A phrase's weight and the aspect it implies by itself (null for most); {@code onlyAlone}: only when its
     * clause names no other aspect ("slow" is performance in "it gets slow", but waiting in "the line is slow").
     */
    record Entry(double weight, String impliedAspect, boolean onlyAlone) {}

    /** A negator flips the weight of a phrase within this many words after it. */
    static final int NEGATION_WINDOW = 3;
    static final Set<String> NEGATORS = Set.of("not", "n't", "no", "never", "nothing", "hardly", "barely", "without",
            "nobody", "none", "neither", "nor", "nicht", "kein", "keine", "keinen", "keiner", "keinem", "nie", "niemals",
            "ohne", "nichts", "kaum");
    static final Set<String> INTENSIFIERS = Set.of("very", "really", "so", "super", "extremely", "incredibly",
            "absolutely", "totally", "truly", "seriously", "insanely", "sehr", "total", "echt", "richtig", "extrem",
            "wirklich", "mega");
    static final Set<String> TOO = Set.of("too", "zu", "overly");

    private final PhraseTable<Entry> phrases;

    /** The lexicon of a language: sentiment-en.tsv, sentiment-de.tsv ("fast" is praise in one, "almost" in the other). */
    SentimentLexicon(String language) {
        phrases = PhraseTable.read("sentiment-" + language + ".tsv", (columns, where) -> {
            if (columns.length < 2) throw new IllegalStateException(where + ": a phrase needs a weight");
            String implied = columns.length > 2 ? columns[2].strip() : null;
            boolean alone = implied != null && implied.endsWith("?");
            return new Entry(Double.parseDouble(columns[1].strip()),
                    alone ? implied.substring(0, implied.length() - 1) : implied, alone);
        });
    }

    /** The sentiment-bearing phrases of a clause with their weights in context. */
    List<Hit> hits(List<Token> tokens) {
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < tokens.size(); ) {
            Token t = tokens.get(i);
            if (TOO.contains(t.lower()) && i + 1 < tokens.size() && tokens.get(i + 1).adjective()) {
                // "too small", "too loud": whatever the word alone, too much of it is a complaint.
                PhraseTable.Match<Entry> next = phrases.at(tokens, i + 1);
                double w = next == null ? 0 : next.value().weight();
                if (w <= 1) {
                    int length = next == null ? 2 : 1 + next.length();
                    hits.add(new Hit(i, length, span(tokens, i, length), -1.5, next == null ? null : next.value().impliedAspect(),
                            next != null && next.value().onlyAlone()));
                    i += length;
                    continue;
                }
            }
            PhraseTable.Match<Entry> m = phrases.at(tokens, i);
            if (m == null) {
                i++;
                continue;
            }
            double w = m.value().weight();
            if (negated(tokens, i)) w = -w * 0.8;
            if (i > 0 && INTENSIFIERS.contains(tokens.get(i - 1).lower())) w *= 1.5;
            hits.add(new Hit(i, m.length(), span(tokens, i, m.length()), w, m.value().impliedAspect(), m.value().onlyAlone()));
            i += m.length();
        }
        return hits;
    }

    private static boolean negated(List<Token> tokens, int i) {
        for (int k = Math.max(0, i - NEGATION_WINDOW); k < i; k++) {
            if (NEGATORS.contains(tokens.get(k).lower()) || NEGATORS.contains(tokens.get(k).lemma())) return true;
        }
        return false;
    }

    private static String span(List<Token> tokens, int i, int length) {
        StringBuilder s = new StringBuilder();
        for (int k = i; k < i + length && k < tokens.size(); k++) s.append(k == i ? "" : " ").append(tokens.get(k).lower());
        return s.toString();
    }
}
