package io.copydeck.research;

import java.util.List;
import java.util.Set;

/**
 * "Great dentist but getting an appointment takes weeks", "The car was clean but the line at the counter was
 * long": the clause after a contrast word says the opposite of the one before it, even when it has no opinion
 * word of its own (the lexicon leaves out "long" and "takes weeks", whose sense depends on the aspect). So within
 * a sentence, of two clauses joined by a contrast word, one with an opinion and one that names aspects without
 * any: the second's aspects and candidate nouns take the first's polarity reversed. Nothing else changes: an
 * aspect that has an opinion word keeps its verdict, and two clauses with opinions are read as they are.
 */
final class Contrast {
    /** Words that join two clauses saying opposite things ("sadly", "leider" are opinions of their own). */
    static final Set<String> WORDS = Set.of("but", "however", "although", "though", "yet", "whereas", "aber",
            "jedoch", "doch", "obwohl", "allerdings");

    /**
     * One clause of a sentence: whether it opens with a contrast word, its own polarity, whether any opinion
     * decided it, and the ranges of its aspects and candidates in the review's lists.
     */
    record Said(boolean contrast, Polarity polarity, boolean opinion, int aspectsFrom, int aspectsTo,
                int candidatesFrom, int candidatesTo) {}

    private Contrast() {}

    /** Whether a clause opens with a contrast word (the clause keeps its "but": see {@link Clause}). */
    static boolean opens(List<Token> tokens) {
        return !tokens.isEmpty() && WORDS.contains(tokens.get(0).lower());
    }

    /** Gives each opinion-free clause of a contrast the reverse of its opinionated neighbour, in place. */
    static void apply(List<Said> said, List<Reading.AspectSentiment> aspects, List<Reading.Candidate> candidates) {
        for (int i = 1; i < said.size(); i++) {
            if (!said.get(i).contrast()) continue;
            Said before = said.get(i - 1);
            Said after = said.get(i);
            if (before.opinion() && before.polarity() != Polarity.NEUTRAL && !after.opinion()) {
                reverse(after, before.polarity(), aspects, candidates);
            } else if (after.opinion() && after.polarity() != Polarity.NEUTRAL && !before.opinion()) {
                reverse(before, after.polarity(), aspects, candidates);
            }
        }
    }

    private static void reverse(Said clause, Polarity other, List<Reading.AspectSentiment> aspects,
                                List<Reading.Candidate> candidates) {
        Polarity p = other == Polarity.POSITIVE ? Polarity.NEGATIVE : Polarity.POSITIVE;
        for (int k = clause.aspectsFrom(); k < clause.aspectsTo(); k++) {
            Reading.AspectSentiment a = aspects.get(k);
            if (a.polarity() == Polarity.NEUTRAL) {
                aspects.set(k, new Reading.AspectSentiment(a.aspect(), p, a.start(), a.end(), a.words(), a.family()));
            }
        }
        for (int k = clause.candidatesFrom(); k < clause.candidatesTo(); k++) {
            Reading.Candidate c = candidates.get(k);
            if (c.polarity() == Polarity.NEUTRAL) {
                candidates.set(k, new Reading.Candidate(c.noun(), p, false, c.start(), c.end(), c.context(), c.words()));
            }
        }
    }
}
