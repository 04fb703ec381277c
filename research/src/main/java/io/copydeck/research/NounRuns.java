package io.copydeck.research;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The nouns of a clause that no catalogue aspect covers, as runs of adjacent nouns ("return area", "key box":
 * an opinion about the run is about each of its nouns): the candidate aspects a domain's reviews may make
 * frequent (see {@link FrequentNouns}). A word the tagger reads only as a noun is one; a word that may also be
 * a verb or an adjective ("booking", "counter", "return") is one after a determiner or a possessive ("at the
 * counter", "my booking") or inside a run ("spin classes", "cable machine"), and never when it is an opinion word
 * ("the best") or a form of "be", "have" or "do" ("the showers are hot": "are" has a noun reading too, a unit of
 * area, and the blind gym set made it an aspect).
 */
final class NounRuns {
    /** Words after which a word that may be a noun is one. */
    static final Set<String> DETERMINERS = Set.of("the", "a", "an", "my", "our", "your", "their", "his", "her", "its",
            "this", "that", "these", "those", "no", "every", "each", "any", "some");

    /** Closed-class verb forms: never a noun, whatever readings the tagger's dictionary gives them. */
    static final Set<String> AUXILIARIES = Set.of("am", "is", "are", "was", "were", "be", "been", "being", "has", "have",
            "had", "having", "does", "did", "done", "doing");

    /** Forms of be after which a clause's first word is its subject. */
    static final Set<String> BE = Set.of("is", "are", "was", "were");

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
        if (!GenericWords.isCandidate(t) || AUXILIARIES.contains(t.lower())) return false;
        if (t.noun()) return true;
        if (!t.nounReading()) return false;
        if (inRun || k > 0 && DETERMINERS.contains(tokens.get(k - 1).lower())) return true;
        // "Classes are fun", "Parking is free": the clause's first word before a form of be is its subject.
        return k == 0 && k + 1 < tokens.size() && BE.contains(tokens.get(k + 1).lower());
    }
}
