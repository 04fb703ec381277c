package io.copydeck.dsl.brief;

import io.copydeck.dsl.model.Length;
import java.util.List;

/**
 * What one field's text must be: its effective limits with their units (see
 * {@link io.copydeck.dsl.schema.FieldKind#effectiveLimits}), whether it is one line (a subject, a
 * button) or running text, the fewest words it needs ({@code minWords}, 0 for none), the texts the
 * asset must include and the phrases it must avoid (brand ∪
 * channel, in any case). {@code declared} is the spec's own text for the field, used verbatim
 * instead of generating one: the channel's `cta` for a button.
 */
public record FieldSpec(String name, List<Length> limits, boolean singleLine, int minWords, List<String> mustInclude,
                        List<String> avoid, String declared) {
    public FieldSpec {
        limits = List.copyOf(limits);
        mustInclude = List.copyOf(mustInclude);
        avoid = List.copyOf(avoid);
    }

    /** `hero title` for `hero_title`: how prompts and the copy deck name the field. */
    public String label() {
        return name.replace('_', ' ');
    }

    /** Whether the spec gives the text itself, so nothing is generated for this field. */
    public boolean isDeclared() {
        return declared != null;
    }
}
