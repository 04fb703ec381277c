package io.copydeck.research;

import java.util.List;
import java.util.Set;

/**
 * What one review says, as offsets into its text: aspects with their polarity and the clause that says it,
 * nouns the catalogue does not know (candidate aspects), motivations and objections, and every clause with its
 * words (for matching a spec's phrases).
 */
record Reading(Review review, String language, List<AspectSentiment> aspects, List<Candidate> candidates,
               List<Cued> motivations, List<Cued> objections, List<ClauseWords> clauses) {

    /** An aspect in a clause: its polarity, the clause's span, and the opinion words that decided it. */
    record AspectSentiment(String aspect, Polarity polarity, int start, int end, List<String> words, boolean family) {
        AspectSentiment(String aspect, Polarity polarity, int start, int end, List<String> words) {
            this(aspect, polarity, start, end, words, false);
        }
    }

    /**
     * A noun no catalogue aspect covers, with its own polarity, whether an opinion word of its clause went to it
     * ({@code opinionated}; the rating does not count), its clause's span and lemmas (its context, for
     * clustering) and the opinion words it got.
     */
    record Candidate(String noun, Polarity polarity, boolean opinionated, int start, int end, List<String> context,
                     List<String> words) {}

    /** A motivation or objection: what it is about ({@code key}) and the span from its cue to its clause's end. */
    record Cued(String key, int start, int end) {}

    /** A clause's words and lemmas, its overall polarity and span. */
    record ClauseWords(Set<String> words, Polarity polarity, int start, int end) {}

    /**
     * The aspects of this review once the file's frequent nouns are known ({@link FrequentNouns}, at the end of a
     * run): the catalogue's, and each candidate that is one of {@code frequentNouns}, named by its noun.
     */
    List<AspectSentiment> aspectsWith(java.util.Set<String> frequentNouns) {
        List<AspectSentiment> out = new java.util.ArrayList<>(aspects);
        for (Candidate c : candidates) {
            if (frequentNouns.contains(c.noun())) out.add(new AspectSentiment(c.noun(), c.polarity(), c.start(), c.end(), c.words()));
        }
        return out;
    }

    String quote(int start, int end) {
        return review.text().substring(start, end);
    }
}
