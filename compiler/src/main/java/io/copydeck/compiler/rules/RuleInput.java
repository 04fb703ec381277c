package io.copydeck.compiler.rules;

import io.copydeck.dsl.brief.Brief;
import io.copydeck.dsl.brief.FieldSpec;

/** What a field-level rule reads: the field's text, what the field must be, and the facts of the asset's brief. */
public record RuleInput(String text, FieldSpec field, Facts facts) {
    public Brief brief() {
        return facts.brief();
    }

    public RuleInput withText(String other) {
        return new RuleInput(other, field, facts);
    }
}
