package io.copydeck.dsl.model;

import java.math.BigDecimal;

/** A promo's discount: a percentage off, or an amount off. */
public sealed interface Discount {
    record PercentOff(BigDecimal percent) implements Discount {}

    record AmountOff(Money amount) implements Discount {}
}
