package io.copydeck.dsl.model;

import java.time.LocalDate;

/** `2027-03-01 .. 2027-04-15`, both ends included. */
public record DateWindow(LocalDate start, LocalDate end) {
    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }
}
