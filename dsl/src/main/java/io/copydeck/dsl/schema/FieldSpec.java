package io.copydeck.dsl.schema;

import io.copydeck.dsl.model.Length;

/**
 * A field of a channel kind's asset, with its platform limit (null when the platform sets none).
 * A HARD limit cannot be loosened; RECOMMENDED and PER_SEGMENT ones can, with a warning.
 */
public record FieldSpec(String name, Length limit, LimitKind limitKind, String doc) {
    public enum LimitKind { NONE, HARD, RECOMMENDED, PER_SEGMENT }
}
