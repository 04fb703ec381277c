package io.copydeck.compiler.rules;

import io.copydeck.dsl.brief.FieldSpec;
import io.copydeck.dsl.model.Length;
import io.copydeck.dsl.text.TextMeasure;
import java.util.List;

/** `length`: one limit of a field (`subject ≤ 55 chars`), measured as limits count; one rule per limit. */
public final class LengthLimit implements CopyRule {
    public static final String ID = "length";

    private final TextMeasure measure;
    private final Length limit;

    public LengthLimit(TextMeasure measure, Length limit) {
        this.measure = measure;
        this.limit = limit;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String requirement(FieldSpec field) {
        return field.name() + " ≤ " + limit;
    }

    @Override
    public List<Finding> check(RuleInput in) {
        int n = measure.measure(in.text(), limit.unit());
        return n <= limit.count() ? List.of()
                : List.of(Finding.whole(ID, n + " " + limit.unit().name().toLowerCase(java.util.Locale.ROOT) + ", more than "
                        + limit.count()));
    }
}
