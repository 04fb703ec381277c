package io.copydeck.compiler;

import io.copydeck.dsl.brief.FieldSpec;
import io.copydeck.dsl.text.TextMeasure;
import java.util.List;

/**
 * The fewest words a part of a long field may keep when it gives up a sentence another variant said: its own
 * fewest, less what its text's earlier parts wrote beyond theirs, but never under {@link #SHARE} of its own. The
 * whole field still has every word its parts' floors add up to, since a part goes under its floor only by what
 * the parts before it wrote over theirs. Measured before this: both email variants kept "Don't just take our
 * word for it: {proof}." because the details paragraph was at its floor in each, while the opening above it ran
 * ten words long.
 */
final class PartFloor {
    /** The least share of its own floor a part keeps: a paragraph of a few words is no paragraph. */
    static final double SHARE = 0.5;

    private PartFloor() {}

    /**
     * The floor of part {@code index} of {@code parts} (a text's parts, in plan order), after {@code earlier}, the
     * texts of the parts before it. The last also makes up the whole field's fewest words, which the parts' own
     * floors, each rounded, may fall short of.
     */
    static int of(List<FieldSpec> parts, int index, List<String> earlier) {
        FieldSpec part = parts.get(index);
        int floorsThrough = parts.subList(0, index + 1).stream().mapToInt(FieldSpec::minWords).sum();
        if (index == parts.size() - 1) floorsThrough = Math.max(floorsThrough, part.whole().minWords());
        int wordsBefore = earlier.stream().mapToInt(TextMeasure::words).sum();
        int least = (int) Math.ceil(part.minWords() * SHARE);
        int carried = floorsThrough - wordsBefore;
        // Only the last may need more than its own floor: nothing after it makes up the whole's.
        return Math.max(least, index == parts.size() - 1 ? carried : Math.min(part.minWords(), carried));
    }
}
