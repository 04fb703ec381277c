package io.copydeck.dsl.model;

/** `280 chars`, `120 words`. */
public record Length(int count, LengthUnit unit) {
    @Override
    public String toString() { return count + " " + unit.word(); }
}
