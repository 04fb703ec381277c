package io.copydeck.support;

import java.util.List;

/**
 * A question, and what a right answer to it is: any one of {@code facts} (ids), or a handoff when
 * {@code unanswerable}. A question with neither is unlabelled: it is answered but not scored.
 */
public record LabelledQuestion(String question, List<String> facts, boolean unanswerable) {
    public LabelledQuestion {
        facts = List.copyOf(facts);
    }

    public boolean labelled() {
        return unanswerable || !facts.isEmpty();
    }
}
