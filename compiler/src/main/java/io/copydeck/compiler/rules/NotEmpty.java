package io.copydeck.compiler.rules;

import io.copydeck.dsl.brief.FieldSpec;
import java.util.List;

/** `not-empty`: a field says something. */
public final class NotEmpty implements CopyRule {
    public static final String ID = "not-empty";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String requirement(FieldSpec field) {
        return field.name() + " is not empty";
    }

    @Override
    public List<Finding> check(RuleInput in) {
        return in.text().isBlank() ? List.of(Finding.whole(ID, "the text is empty")) : List.of();
    }
}
