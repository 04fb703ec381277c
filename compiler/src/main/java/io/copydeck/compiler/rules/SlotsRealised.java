package io.copydeck.compiler.rules;

import io.copydeck.dsl.brief.FieldSpec;
import io.copydeck.dsl.brief.SlotRealiser;
import java.util.List;

/**
 * `slots`: no brace is left in the text. The model names the brief's facts by slot ({@code {product}},
 * docs/slots.md) and {@link SlotRealiser} realises every slot before the text is cleaned; what it
 * cannot realise it keeps as written: a name that is no slot ({@code {colour}}), a slot whose fact the
 * brief lacks, braces that are no slot. Selection checks the realised text with this rule before
 * cleaning, so a candidate with such a slot is dropped, and the verifier checks every final text, so
 * no slot, realised or not, reaches what is sent.
 */
public final class SlotsRealised implements CopyRule {
    public static final String ID = "slots";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String requirement(FieldSpec field) {
        return field.name() + " names only facts the brief has";
    }

    @Override
    public List<Finding> check(RuleInput in) {
        return SlotRealiser.problems(in.text(), in.brief()).stream()
                .map(p -> new Finding(ID, p.message(), p.start(), p.end())).toList();
    }
}
