package io.copydeck.dsl.brief;

import io.copydeck.dsl.model.Length;
import io.copydeck.dsl.model.LengthUnit;
import java.util.List;

/**
 * What one field's text must be: its effective limits with their units (see
 * {@link io.copydeck.dsl.schema.FieldKind#effectiveLimits}), whether it is one line (a subject, a
 * button) or running text, the fewest words it needs ({@code minWords}, 0 for none), the texts the
 * asset must include and the phrases it must avoid (brand ∪
 * channel, in any case). {@code declared} is the spec's own text for the field, used verbatim
 * instead of generating one: the channel's `cta` for a button, a landing page's planned FAQ.
 *
 * <p>A long field is planned as parts ({@code part}, null for a whole field): a blog post's body is
 * its sections and close, each generated on its own with its own share of the field's limits;
 * the assembled field is checked against {@link Part#whole()}.
 */
public record FieldSpec(String name, List<Length> limits, boolean singleLine, int minWords, List<String> mustInclude,
                        List<String> avoid, String declared, Part part) {
    /**
     * One part of a long field: its name (`pains`, `close`, `benefit.1`), whether its first line is
     * a heading (a section's subhead, a block's title), and the whole field's spec.
     */
    public record Part(String name, boolean heading, FieldSpec whole) {}

    public FieldSpec {
        limits = List.copyOf(limits);
        mustInclude = List.copyOf(mustInclude);
        avoid = List.copyOf(avoid);
    }

    /** A whole field. */
    public FieldSpec(String name, List<Length> limits, boolean singleLine, int minWords, List<String> mustInclude,
                     List<String> avoid, String declared) {
        this(name, limits, singleLine, minWords, mustInclude, avoid, declared, null);
    }

    /** This field's part {@code name}, with the part's own limits and fewest words. */
    public FieldSpec part(String partName, boolean heading, List<Length> partLimits, int partMinWords) {
        return new FieldSpec(name, partLimits, singleLine, partMinWords, mustInclude, avoid, null,
                new Part(partName, heading, this));
    }

    /**
     * The fewest words a text under these limits may be asked for: {@code wanted}, but never more
     * than half of a words limit, so a tight limit lowers the minimum. The one rule for every field,
     * part and corpus target.
     */
    public static int fewestWords(int wanted, List<Length> limits) {
        return limits.stream().filter(l -> l.unit() == LengthUnit.WORDS)
                .mapToInt(l -> Math.min(wanted, l.count() / 2)).min().orElse(wanted);
    }

    /** The same spec with another fewest words. */
    public FieldSpec withMinWords(int words) {
        return new FieldSpec(name, limits, singleLine, words, mustInclude, avoid, declared, part);
    }

    public boolean isPart() {
        return part != null;
    }

    /** The spec of the whole field: this one, or the field this part is of. */
    public FieldSpec whole() {
        return part == null ? this : part.whole();
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
