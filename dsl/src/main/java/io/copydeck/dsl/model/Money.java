package io.copydeck.dsl.model;

import java.math.BigDecimal;
import java.util.Currency;

/** An exact amount in an ISO 4217 currency: never a double. */
public record Money(BigDecimal amount, Currency currency) {
    @Override
    public String toString() { return amount.toPlainString() + " " + currency.getCurrencyCode(); }
}
