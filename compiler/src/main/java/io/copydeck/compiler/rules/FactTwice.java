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
    /** Facts this long or longer are sentences themselves (an offer line): repeating one is no-loop's business. */
    private static final int LONGEST_FACT = 80;

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
            for (String fact : in.brief().facts()) {
                if (fact.length() >= LONGEST_FACT || Words.of(fact).size() < 2) continue;
                String f = fact.toLowerCase(Locale.ROOT);
                int first = lower.indexOf(f);
                if (first >= 0 && lower.indexOf(f, first + f.length()) >= 0) {
                    found.add(new Finding(ID, "\"" + fact + "\" twice in one sentence", s.start() + first,
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
