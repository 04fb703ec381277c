package io.copydeck.dsl.brief;

import java.time.LocalDate;

/** A date and how the campaign's language writes it: `31 March 2027`, `March 31, 2027`, `31. März 2027`. */
public record DateFact(LocalDate date, String text) {
    @Override
    public String toString() {
        return text;
    }
}
