package io.copydeck.dsl.plan;

import io.copydeck.dsl.model.Discount;
import io.copydeck.dsl.model.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Exact price arithmetic, in the currency's minor units. The rules, stated once:
 * <ul>
 *   <li>A sale price is rounded to the currency's minor unit, halves away from zero
 *       (commercial rounding): 20% off 3.49 USD = 2.792 → 2.79 USD; 15% off 12.50 GBP = 10.625 → 10.63 GBP.</li>
 *   <li>Savings are the regular price minus the sale price, so the two always add up exactly.</li>
 *   <li>A savings percentage is rounded down to a whole percent, so copy never overstates a saving.</li>
 * </ul>
 */
public final class Prices {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Prices() {}

    public static Money round(Money m) {
        int digits = Math.max(0, m.currency().getDefaultFractionDigits());
        return new Money(m.amount().setScale(digits, RoundingMode.HALF_UP), m.currency());
    }

    /** The price after the discount, never below zero. */
    public static Money salePrice(Money price, Discount discount) {
        BigDecimal sale = discount instanceof Discount.PercentOff p
                ? price.amount().multiply(HUNDRED.subtract(p.percent())).divide(HUNDRED)
                : price.amount().subtract(((Discount.AmountOff) discount).amount().amount());
        return round(new Money(sale.max(BigDecimal.ZERO), price.currency()));
    }

    public static Money minus(Money a, Money b) {
        return round(new Money(a.amount().subtract(b.amount()), a.currency()));
    }

    public static Money times(Money a, int n) {
        return round(new Money(a.amount().multiply(BigDecimal.valueOf(n)), a.currency()));
    }

    public static Money plus(Money a, Money b) {
        return round(new Money(a.amount().add(b.amount()), a.currency()));
    }

    /** Whole percent that {@code savings} is of {@code regular}, rounded down. */
    public static int percentOf(Money savings, Money regular) {
        if (regular.amount().signum() == 0) return 0;
        return savings.amount().multiply(HUNDRED).divide(regular.amount(), 0, RoundingMode.DOWN).intValue();
    }

    /** `$2.79` in en-US, `2,79 €` in de-DE: the campaign locale's way of writing the currency. */
    public static String format(Money m, Locale locale) {
        NumberFormat f = NumberFormat.getCurrencyInstance(locale);
        f.setCurrency(m.currency());
        int digits = Math.max(0, m.currency().getDefaultFractionDigits());
        f.setMinimumFractionDigits(digits);
        f.setMaximumFractionDigits(digits);
        return f.format(round(m).amount()).replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    /** `15%` in en-US, `15 %` in de-DE: a percentage as the campaign's locale writes it. */
    public static String percent(BigDecimal percent, Locale locale) {
        NumberFormat f = NumberFormat.getPercentInstance(locale);
        f.setMaximumFractionDigits(2);
        return f.format(percent.divide(HUNDRED)).replace('\u00a0', ' ').replace('\u202f', ' ');
    }
}
