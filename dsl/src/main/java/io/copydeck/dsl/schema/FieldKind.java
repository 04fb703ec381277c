package io.copydeck.dsl.schema;

import io.copydeck.dsl.model.Length;
import java.util.ArrayList;
import java.util.List;

/**
 * A field of a channel kind's asset, with its platform limit (null when the platform sets none)
 * and whether it is one line (a subject, a headline, a button) or running text; {@code planned}
 * when the interpreter writes it from the brief's facts instead of the model.
 * A HARD limit cannot be loosened; RECOMMENDED and PER_SEGMENT ones can, with a warning.
 */
public record FieldKind(String name, Length limit, LimitKind limitKind, boolean singleLine, int minWords, String doc,
                        boolean planned) {
    public enum LimitKind { NONE, HARD, RECOMMENDED, PER_SEGMENT }

    public FieldKind(String name, Length limit, LimitKind limitKind, boolean singleLine, String doc) {
        this(name, limit, limitKind, singleLine, 0, doc, false);
    }

    /**
     * The same field, planned by the interpreter from the brief's facts and never generated (a
     * landing page's FAQ, {@code dsl/brief/Faq}): it has no prompt template.
     */
    public FieldKind asPlanned() {
        return new FieldKind(name, limit, limitKind, singleLine, minWords, doc, true);
    }

    /**
     * The same field with the fewest words its text needs to do its job: an email body of two words
     * ("Dear friend,") is no body. The interpreter keeps it at most half of a words limit.
     */
    public FieldKind withMinWords(int words) {
        return new FieldKind(name, limit, limitKind, singleLine, words, doc, planned);
    }

    /**
     * The one rule for a field's limits, used by the checker and the interpreter alike: the
     * channel's own limit replaces the platform's in the same unit (the checker rejects one looser
     * than a HARD limit, and warns about one looser than a recommended or per-segment limit); a
     * limit in another unit applies as well.
     */
    public List<Length> effectiveLimits(Length own) {
        List<Length> limits = new ArrayList<>();
        if (limit != null && (own == null || own.unit() != limit.unit())) limits.add(limit);
        if (own != null) {
            boolean hardAndLooser = limit != null && limitKind == LimitKind.HARD && own.unit() == limit.unit()
                    && own.count() > limit.count();
            limits.add(hardAndLooser ? limit : own);
        }
        return List.copyOf(limits);
    }
}
