package io.copydeck.dsl.brief;

import io.copydeck.dsl.model.Money;

/**
 * An exact amount, rounded to the currency's minor unit, with the text copy shows for it in the
 * campaign's language: `$2.79`, `2,79 €`, and for nothing at all the word for free ("free",
 * "kostenlos"), never "$0.00".
 */
public record Price(Money money, String text) {
    public boolean free() {
        return money.amount().signum() == 0;
    }

    /** The amount without currency, as JSON and the corpus write it: `2.79`. */
    public String plain() {
        return money.amount().toPlainString();
    }

    public String currency() {
        return money.currency().getCurrencyCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
