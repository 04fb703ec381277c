package io.copydeck.compiler.rules;

import io.copydeck.dsl.brief.FieldSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * `fact-twice`: one sentence states a fact of the brief twice ("It comes with whole spices and whole
 * spices."): the model wrote the same slot twice, or `{benefit}` beside `{benefit.0}`. A word
 * trigram check does not see it when the fact is two words long. The repair drops the sentence.
 */
public final class FactTwice implements CopyRule {
    public static final String ID = "fact-twice";
    @Override
    public String id() {
        return ID;
    }

    @Override
    public String requirement(FieldSpec field) {
        return field.name() + " states each fact once a sentence";
    }

    @Override
    public List<Finding> check(RuleInput in) {
        List<Finding> found = new ArrayList<>();
        for (Sentences.Sentence s : Sentences.of(in.text())) {
            String lower = s.text().toLowerCase(Locale.ROOT);
            // The brief's phrases, read once per brief (Facts), not once per sentence of every candidate.
            for (String f : in.facts().phrases()) {
                int first = lower.indexOf(f);
                if (first >= 0 && lower.indexOf(f, first + f.length()) >= 0) {
                    found.add(new Finding(ID, "\"" + s.text().substring(first, first + f.length())
                            + "\" twice in one sentence", s.start() + first,
                            s.start() + first + f.length()));
                }
            }
        }
        return found;
    }

    @Override
    public Optional<String> repair(RuleInput in) {
        return dropSentencesWithFindings(in);
    }
}
