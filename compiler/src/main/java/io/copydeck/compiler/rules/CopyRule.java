package io.copydeck.compiler.rules;

import io.copydeck.dsl.brief.FieldSpec;
import java.util.List;
import java.util.Optional;

/** A rule one field's text must meet. {@link CopyRules} lists every one. */
public interface CopyRule {
    /** Short and stable: what asset JSON and the copy deck name the rule by (`length`, `computed-facts`). */
    String id();

    /** What the rule asks of this field, as a person reads it: `subject ≤ 55 chars`. */
    String requirement(FieldSpec field);

    /** What is wrong with the text; empty when it meets the rule. */
    List<Finding> check(RuleInput in);

    /**
     * The text mended so that it meets the rule, where a rule can mend without inventing anything
     * (dropping a sentence, putting a declared name where a garbled one stood); empty when it cannot
     * or need not.
     */
    default Optional<String> repair(RuleInput in) {
        return Optional.empty();
    }

    /**
     * The text without the sentences this rule finds something in, each checked on its own; empty
     * when no sentence goes. The repair of a rule whose finding is one sentence's claim, not the text's.
     */
    default Optional<String> dropSentencesWithFindings(RuleInput in) {
        String kept = Sentences.drop(in.text(), s -> !check(in.withText(s.text())).isEmpty());
        return kept.equals(in.text()) ? Optional.empty() : Optional.of(kept);
    }
}
