package io.copydeck.dsl.check;

import io.copydeck.dsl.diag.Code;
import io.copydeck.dsl.diag.Diagnostic;
import io.copydeck.dsl.diag.Fix;
import io.copydeck.dsl.model.Bundle;
import io.copydeck.dsl.model.DateWindow;
import io.copydeck.dsl.model.Discount;
import io.copydeck.dsl.model.IntRange;
import io.copydeck.dsl.model.Length;
import io.copydeck.dsl.model.LengthUnit;
import io.copydeck.dsl.model.Money;
import io.copydeck.dsl.model.Ref;
import io.copydeck.dsl.schema.PropertySpec;
import io.copydeck.dsl.schema.Schema;
import io.copydeck.dsl.schema.ValueType;
import io.copydeck.dsl.source.SourceRange;
import io.copydeck.dsl.syntax.Syntax;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Currency;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads one syntax value as the type its property expects, or reports why it cannot.
 * Returns null after reporting, so a bad value never reaches the model.
 */
final class ValueReader {
    private static final Set<String> CURRENCIES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).collect(Collectors.toUnmodifiableSet());
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
    private static final List<String> UNITS = Arrays.stream(LengthUnit.values()).map(LengthUnit::word).toList();

    private final List<Diagnostic> diagnostics;

    ValueReader(List<Diagnostic> diagnostics) {
        this.diagnostics = diagnostics;
    }

    Object read(PropertySpec spec, Syntax.Value v) {
        Object value = switch (spec.type()) {
            case STRING, PATH -> text(spec, v);
            case WORD -> v instanceof Syntax.Name n ? n.name() : text(spec, v);
            case INTEGER -> integer(spec, v);
            case NUMBER -> number(spec, v);
            case MONEY -> money(spec, v);
            case PERCENT -> v instanceof Syntax.Percent p ? percent(p) : wrong(spec, v);
            case DISCOUNT -> v instanceof Syntax.Percent p ? percentOff(p) : discountAmount(spec, v);
            case DATE -> v instanceof Syntax.Date d ? d.date() : wrong(spec, v);
            case DATE_RANGE -> dateRange(spec, v);
            case NUMBER_RANGE -> v instanceof Syntax.NumRange r ? numberRange(spec, r) : wrong(spec, v);
            case LENGTH -> readLength(v, spec.name());
            case ENUM -> member(spec, v);
            case REFERENCE -> reference(spec, v);
            case ITEM -> item(spec, v);
            case URL -> url(spec, v);
            case LOCALE -> locale(spec, v);
            case HASHTAG -> hashtag(spec, v);
            case CHANNEL_KIND -> channelKind(spec, v);
        };
        return value == null ? null : bounded(spec, v, value);
    }

    private String text(PropertySpec spec, Syntax.Value v) {
        if (v instanceof Syntax.Str s) return s.value();
        return wrong(spec, v, v instanceof Syntax.Name n
                ? Fix.replace("Put it in quotes", v.range(), "\"" + n.name() + "\"") : null);
    }

    private BigDecimal integer(PropertySpec spec, Syntax.Value v) {
        BigDecimal n = number(spec, v);
        if (n == null) return null;
        if (n.stripTrailingZeros().scale() > 0) {
            report(Code.E103, "`" + spec.name() + "` must be a whole number, not " + n.toPlainString(), v.range(), null);
            return null;
        }
        return n;
    }

    private BigDecimal number(PropertySpec spec, Syntax.Value v) {
        if (v instanceof Syntax.Num n && n.unit() == null) return n.value();
        if (v instanceof Syntax.Num n) {
            report(Code.E103, "`" + spec.name() + "` expects " + spec.typeDescription() + ", without a unit; remove `"
                    + n.unit().text() + "`", n.unit().range(), null);
            return null;
        }
        return wrong(spec, v);
    }

    private Money money(PropertySpec spec, Syntax.Value v) {
        if (!(v instanceof Syntax.Num n)) return wrong(spec, v);
        if (n.unit() == null) {
            report(Code.E103, "`" + spec.name() + "` needs a currency: write the ISO code after the amount, like `"
                    + n.raw() + " USD`", v.range(), null);
            return null;
        }
        String code = n.unit().text();
        if (LengthUnit.parse(code) != null) {
            report(Code.E103, "`" + spec.name() + "` expects an amount of money, like `3.49 USD`, but got a length ("
                    + n.raw() + " " + code + ")", v.range(), null);
            return null;
        }
        if (!CURRENCIES.contains(code)) {
            Optional<String> near = CURRENCIES.contains(code.toUpperCase(Locale.ROOT))
                    ? Optional.of(code.toUpperCase(Locale.ROOT)) : Suggest.closest(code, CURRENCIES);
            report(Code.E113, "`" + code + "` is not an ISO 4217 currency code" + near.map(c -> "; did you mean `"
                    + c + "`?").orElse(" (like USD, EUR, GBP)"), n.unit().range(),
                    near.map(c -> Fix.replace("Change to `" + c + "`", n.unit().range(), c)).orElse(null));
            return null;
        }
        Currency currency = Currency.getInstance(code);
        int digits = currency.getDefaultFractionDigits();
        if (digits >= 0 && n.value().stripTrailingZeros().scale() > digits) {
            report(Code.E113, code + " amounts have at most " + digits + " decimal" + (digits == 1 ? "" : "s")
                    + "; " + n.raw() + " has more", n.range(), null);
            return null;
        }
        return new Money(n.value(), currency);
    }

    private BigDecimal percent(Syntax.Percent p) {
        if (p.value().signum() <= 0 || p.value().compareTo(BigDecimal.valueOf(100)) > 0) {
            report(Code.E112, "a percentage here is above 0% and at most 100%, not " + p.raw(), p.range(), null);
            return null;
        }
        return p.value();
    }

    private Discount percentOff(Syntax.Percent p) {
        BigDecimal value = percent(p);
        return value == null ? null : new Discount.PercentOff(value);
    }

    private Discount discountAmount(PropertySpec spec, Syntax.Value v) {
        Money money = money(spec, v);
        if (money == null) return null;
        if (money.amount().signum() <= 0) {
            report(Code.E112, "a discount is more than zero", v.range(), null);
            return null;
        }
        return new Discount.AmountOff(money);
    }

    /** `25..40`: the lower number first, or copy would say "40–25". */
    private IntRange numberRange(PropertySpec spec, Syntax.NumRange r) {
        if (r.from().value().compareTo(r.to().value()) > 0) {
            String swapped = r.to().raw() + ".." + r.from().raw();
            report(Code.E112, "`" + spec.name() + "` runs from the lower number to the higher: write `" + swapped
                    + "`, not `" + r.from().raw() + ".." + r.to().raw() + "`", r.range(),
                    Fix.replace("Swap to `" + swapped + "`", r.range(), swapped));
            return null;
        }
        return new IntRange(r.from().value(), r.to().value());
    }

    private DateWindow dateRange(PropertySpec spec, Syntax.Value v) {
        if (v instanceof Syntax.DateRange r) {
            if (r.from().date() == null || r.to().date() == null) return null; // bad date already reported
            return new DateWindow(r.from().date(), r.to().date());
        }
        if (v instanceof Syntax.Date d) {
            report(Code.E103, "`" + spec.name() + "` is a date range: write the first and last day, like `" + d.raw()
                    + " .. " + d.raw() + "`", v.range(), null);
            return null;
        }
        return wrong(spec, v);
    }

    Length readLength(Syntax.Value v, String property) {
        if (!(v instanceof Syntax.Num n)) {
            report(Code.E103, "`" + property + "` expects a length, like `60 chars` or `120 words`, but got "
                    + v.describe(), v.range(), null);
            return null;
        }
        if (n.unit() == null) {
            report(Code.E103, "a length needs a unit: chars, words, sentences or tokens", v.range(),
                    Fix.replace("Count characters", v.range(), n.raw() + " chars"));
            return null;
        }
        LengthUnit unit = LengthUnit.parse(n.unit().text());
        if (unit == null) {
            Optional<String> near = Suggest.closest(n.unit().text(), UNITS);
            report(Code.E116, "unknown unit `" + n.unit().text() + "`" + near.map(u -> "; did you mean `" + u + "`?")
                    .orElse("; lengths count chars, words, sentences or tokens"), n.unit().range(),
                    near.map(u -> Fix.replace("Change to `" + u + "`", n.unit().range(), u)).orElse(null));
            return null;
        }
        if (n.value().stripTrailingZeros().scale() > 0 || n.value().signum() <= 0
                || n.value().compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
            report(Code.E112, "a length is a whole number above zero, not " + n.raw(), n.range(), null);
            return null;
        }
        return new Length(n.value().intValueExact(), unit);
    }

    private String member(PropertySpec spec, Syntax.Value v) {
        String word;
        if (v instanceof Syntax.Name n) word = n.name();
        else if (v instanceof Syntax.Str s) word = s.value();
        else return wrong(spec, v);
        if (spec.members().contains(word)) return word;
        Optional<String> near = Suggest.closest(word, spec.members());
        report(Code.E104, "`" + word + "` is not " + article(spec.name()) + " " + spec.name() + near.map(m -> "; did you mean `" + m + "`?")
                .orElse("") + " (one of " + String.join(", ", spec.members()) + ")", v.range(),
                near.map(m -> Fix.replace("Change to `" + m + "`", v.range(), m)).orElse(null));
        return null;
    }

    static String article(String word) {
        return "aeiou".indexOf(Character.toLowerCase(word.charAt(0))) >= 0 ? "an" : "a";
    }

    private Ref reference(PropertySpec spec, Syntax.Value v) {
        if (v instanceof Syntax.Name n) return new Ref(n.name(), n.range());
        if (v instanceof Syntax.Str s && s.value().matches("[A-Za-z_][A-Za-z0-9_]*")) {
            report(Code.E103, "`" + spec.name() + "` names a block: write `" + s.value() + "` without quotes",
                    v.range(), Fix.replace("Remove the quotes", v.range(), s.value()));
            return null;
        }
        return wrong(spec, v);
    }

    private Bundle.Item item(PropertySpec spec, Syntax.Value v) {
        if (v instanceof Syntax.Name n) return new Bundle.Item(new Ref(n.name(), n.range()), 1);
        if (v instanceof Syntax.Quantity q) {
            BigDecimal count = q.count().value();
            if (count.stripTrailingZeros().scale() > 0 || count.signum() <= 0 || count.compareTo(BigDecimal.valueOf(10_000)) > 0) {
                report(Code.E112, "a quantity is a whole number from 1 to 10000, not " + q.count().raw(),
                        q.count().range(), null);
                return null;
            }
            return new Bundle.Item(new Ref(q.item().name(), q.item().range()), count.intValueExact());
        }
        return wrong(spec, v);
    }

    private String url(PropertySpec spec, Syntax.Value v) {
        String text = text(spec, v);
        if (text == null) return null;
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    || uri.getHost() == null) {
                report(Code.E114, "`" + text + "` is not an absolute http(s) URL; write it like "
                        + "\"https://example.com/page\"", v.range(),
                        scheme == null && !text.contains(" ") && text.contains(".")
                                ? Fix.replace("Add https://", v.range(), "\"https://" + text + "\"") : null);
                return null;
            }
        } catch (URISyntaxException e) {
            report(Code.E114, "`" + text + "` is not a valid URL: " + e.getReason() + " at character "
                    + (e.getIndex() + 1), v.range(), null);
            return null;
        }
        return text;
    }

    private String locale(PropertySpec spec, Syntax.Value v) {
        String text = text(spec, v);
        if (text == null) return null;
        try {
            Locale locale = new Locale.Builder().setLanguageTag(text).build();
            if (!LANGUAGES.contains(locale.getLanguage())) {
                report(Code.E115, "`" + text + "` does not start with a known language code (like en, fr, de)",
                        v.range(), null);
                return null;
            }
            return text;
        } catch (IllformedLocaleException e) {
            String fixed = text.replace('_', '-');
            boolean fixable = !fixed.equals(text) && isWellFormed(fixed);
            report(Code.E115, "`" + text + "` is not a BCP 47 language tag; write it like \"en-US\"", v.range(),
                    fixable ? Fix.replace("Change to \"" + fixed + "\"", v.range(), "\"" + fixed + "\"") : null);
            return null;
        }
    }

    private static boolean isWellFormed(String tag) {
        try {
            new Locale.Builder().setLanguageTag(tag);
            return true;
        } catch (IllformedLocaleException e) {
            return false;
        }
    }

    private String hashtag(PropertySpec spec, Syntax.Value v) {
        String text = text(spec, v);
        if (text == null) return null;
        if (!text.matches("#[\\p{L}\\p{N}_]+")) {
            String fixed = "#" + text.replaceAll("[^\\p{L}\\p{N}_]", "");
            report(Code.E117, "a hashtag is `#` then letters, digits or `_`, with no spaces: `" + text + "` is not one",
                    v.range(), fixed.length() > 1 ? Fix.replace("Change to \"" + fixed + "\"", v.range(),
                            "\"" + fixed + "\"") : null);
            return null;
        }
        return text;
    }

    private String channelKind(PropertySpec spec, Syntax.Value v) {
        String word = v instanceof Syntax.Name n ? n.name() : text(spec, v);
        if (word == null) return null;
        List<String> kinds = Schema.get().channelKindNames();
        if (kinds.contains(word)) return word;
        Optional<String> near = Suggest.closest(word, kinds);
        report(Code.E108, "unknown channel kind `" + word + "`" + near.map(k -> "; did you mean `" + k + "`?")
                .orElse("; the kinds are " + String.join(", ", kinds)), v.range(),
                near.map(k -> Fix.replace("Change to `" + k + "`", v.range(), k)).orElse(null));
        return null;
    }

    private Object bounded(PropertySpec spec, Syntax.Value v, Object value) {
        if (!(value instanceof BigDecimal n) || spec.min() == null && spec.max() == null) return value;
        boolean low = spec.min() != null && (spec.minExclusive() ? n.compareTo(spec.min()) <= 0 : n.compareTo(spec.min()) < 0);
        boolean high = spec.max() != null && n.compareTo(spec.max()) > 0;
        if (low || high) {
            report(Code.E112, "`" + spec.name() + "` is " + spec.rangeDescription() + ", not " + n.toPlainString(),
                    v.range(), null);
            return null;
        }
        return value;
    }

    private <T> T wrong(PropertySpec spec, Syntax.Value v) {
        return wrong(spec, v, null);
    }

    private <T> T wrong(PropertySpec spec, Syntax.Value v, Fix fix) {
        report(Code.E103, "`" + spec.name() + "` expects " + spec.typeDescription() + ", like `"
                + spec.type().example() + "`, but got " + v.describe(), v.range(), fix);
        return null;
    }

    private void report(Code code, String message, SourceRange range, Fix fix) {
        diagnostics.add(new Diagnostic(code, message, range, fix));
    }
}
