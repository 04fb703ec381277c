package io.copydeck.compiler.rules;

import io.copydeck.dsl.brief.FieldSpec;
import io.copydeck.dsl.text.TextMeasure;
import java.util.List;

/**
 * `enough-words`: running text has the words its field needs ({@link FieldSpec#minWords}): an email
 * body of "Dear friend," or a blog post of one line is too thin for its channel, however clean.
 */
public final class EnoughWords implements CopyRule {
    public static final String ID = "enough-words";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String requirement(FieldSpec field) {
        return field.name() + " has at least " + field.minWords() + " words";
    }

    @Override
    public List<Finding> check(RuleInput in) {
        int words = TextMeasure.words(in.text());
        int needed = in.field().minWords();
        return words >= needed ? List.of()
                : List.of(Finding.whole(ID, words + " words, fewer than the " + needed + " the field needs"));
    }
}
