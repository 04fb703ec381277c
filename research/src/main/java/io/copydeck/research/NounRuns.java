package io.copydeck.research;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The nouns of a clause that no catalogue aspect covers, as runs of adjacent nouns ("return area", "key box":
 * an opinion about the run is about each of its nouns): the candidate aspects a domain's reviews may make
 * frequent (see {@link FrequentNouns}). A word the tagger reads only as a noun is one; a word that may also be
 * a verb or an adjective ("booking", "counter", "return") is one after a determiner or a possessive ("at the
 * counter", "my booking") or inside a run, and never when it is an opinion word ("the best").
 */
final class NounRuns {
    /** Words after which a word that may be a noun is one. */
    static final Set<String> DETERMINERS = Set.of("the", "a", "an", "my", "our", "your", "their", "his", "her", "its",
            "this", "that", "these", "those", "no", "every", "each", "any", "some");

    /** A run of candidate nouns: words {@code index} to {@code index + length - 1} of the clause. */
    record Run(int index, int length) {}

    private NounRuns() {}

    /** {@code taken[k]}: word k is a catalogue mention or an opinion word, and so no candidate. */
    static List<Run> in(List<Token> tokens, boolean[] taken) {
        List<Run> runs = new ArrayList<>();
        int start = -1;
        for (int k = 0; k <= tokens.size(); k++) {
            boolean noun = k < tokens.size() && !taken[k] && isNoun(tokens, k, start >= 0);
            if (noun && start < 0) start = k;
            if (!noun && start >= 0) {
                runs.add(new Run(start, k - start));
                start = -1;
            }
        }
        return runs;
    }

    private static boolean isNoun(List<Token> tokens, int k, boolean inRun) {
        Token t = tokens.get(k);
        if (!GenericWords.isCandidate(t)) return false;
        if (t.noun()) return true;
        return t.nounReading() && (inRun || k > 0 && DETERMINERS.contains(tokens.get(k - 1).lower()));
    }
}
