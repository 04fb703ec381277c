package io.copydeck.dsl.check;

import io.copydeck.dsl.brief.Language;
import io.copydeck.dsl.diag.Code;
import io.copydeck.dsl.diag.Diagnostic;
import io.copydeck.dsl.diag.Fix;
import io.copydeck.dsl.model.Bundle;
import io.copydeck.dsl.model.Campaign;
import io.copydeck.dsl.model.Channel;
import io.copydeck.dsl.model.Discount;
import io.copydeck.dsl.model.Length;
import io.copydeck.dsl.model.LengthUnit;
import io.copydeck.dsl.model.Money;
import io.copydeck.dsl.model.Product;
import io.copydeck.dsl.model.Promo;
import io.copydeck.dsl.model.Ref;
import io.copydeck.dsl.model.Spec;
import io.copydeck.dsl.schema.FieldKind;
import io.copydeck.dsl.text.TextMeasure;
import io.copydeck.dsl.source.SourceRange;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The checks that need the whole campaign: windows, promos, bundles, currencies, limits. */
final class CampaignLogic {
    private final Spec spec;
    private final Campaign campaign;
    private final List<Diagnostic> out;
    private final Map<String, Product> products = new HashMap<>();

    CampaignLogic(Spec spec, List<Diagnostic> out) {
        this.spec = spec;
        this.campaign = spec.campaign();
        this.out = out;
        for (Product p : spec.products()) products.putIfAbsent(p.id(), p);
    }

    void check() {
        checkCurrencies();
        if (campaign == null) return;
        checkWindow();
        checkLanguage();
        checkChannelNames();
        if (campaign.pricing() != null) {
            campaign.pricing().promos().forEach(this::checkPromo);
            campaign.pricing().bundles().forEach(this::checkBundle);
        }
        for (Channel ch : campaign.channels()) {
            checkAudience(ch);
            checkLimits(ch);
            checkMustInclude(ch);
            checkChannelPromo(ch);
            checkHashtags(ch);
        }
    }

    private void checkWindow() {
        var w = campaign.window();
        if (w != null && w.start().isAfter(w.end())) {
            report(Code.E301, "the campaign window starts on " + w.start() + ", after it ends on " + w.end()
                    + "; swap the dates", campaign.where().of("window"));
        }
    }

    /** Layouts' fixed lines (footer, opt-out, offer lines) are written in English and German only. */
    private void checkLanguage() {
        if (campaign.locale() == null) return;
        Locale locale = Locale.forLanguageTag(campaign.locale());
        if (Language.of(locale).isPresent()) return;
        report(Code.W313, "Copydeck writes layouts in English and German; `" + campaign.locale() + "` copy gets "
                + "English layouts (email footer, SMS opt-out, offer lines, headings); translate them with your own "
                + "`templates/layouts/`, or use an `en-` or `de-` locale", campaign.where().of("locale"));
    }

    private void checkChannelNames() {
        Map<String, Channel> seen = new HashMap<>();
        for (Channel ch : campaign.channels()) {
            Channel first = seen.putIfAbsent(ch.id(), ch);
            if (first != null) {
                report(Code.E107, "two channels are named `" + ch.id() + "` (the first at line "
                        + first.where().range().startLine() + "); name them: `channel " + ch.kind().name() + " "
                        + ch.id() + "_2 {`", ch.where().header());
            }
        }
    }

    private void checkPromo(Promo promo) {
        var w = campaign.window();
        if (promo.ends() != null && w != null && w.start() != null && !w.start().isAfter(w.end())
                && !w.contains(promo.ends())) {
            report(Code.E302, "promo `" + promo.id() + "` ends on " + promo.ends() + ", outside the campaign window "
                    + w.start() + " .. " + w.end(), promo.where().of("ends"));
        }
        for (int i = 0; i < promo.applies().size(); i++) {
            Ref applied = promo.applies().get(i);
            Product product = products.get(applied.name());
            if (product == null) continue;
            if (product.price() != null && product.price().amount().signum() == 0) {
                report(Code.E312, "promo `" + promo.id() + "` takes " + discountText(promo.discount()) + " off `"
                        + product.id() + "`, which is free: there is nothing to take off, and its copy would offer "
                        + "\"free instead of free\"; remove `" + product.id() + "` from `applies`, or give it a price",
                        applied.range(), removeFromList(promo.applies(), i));
                continue;
            }
            if (!promotedByAnyChannel(product.id())) {
                report(Code.W303, "promo `" + promo.id() + "` applies to `" + product.id() + "`, which no channel "
                        + "promotes; add it to a channel's `products:`", applied.range());
            }
            if (promo.discount() instanceof Discount.AmountOff off && product.price() != null
                    && off.amount().currency().equals(product.price().currency())
                    && off.amount().amount().compareTo(product.price().amount()) >= 0) {
                report(Code.E311, "promo `" + promo.id() + "` takes " + off.amount() + " off `" + product.id()
                        + "`, which costs " + product.price() + "; the discount must be less than the price",
                        promo.where().of("discount"));
            }
        }
    }

    private static String discountText(Discount d) {
        return d instanceof Discount.PercentOff p ? p.percent().stripTrailingZeros().toPlainString() + "%"
                : d instanceof Discount.AmountOff a ? a.amount().toString() : "a discount";
    }

    /** Removes the list's item {@code i} with the comma before it (or after it, for the first); null for a lone item. */
    private static Fix removeFromList(List<Ref> refs, int i) {
        if (refs.size() < 2) return null;
        SourceRange from = i == 0 ? refs.get(0).range() : refs.get(i - 1).range();
        SourceRange to = i == 0 ? refs.get(1).range() : refs.get(i).range();
        if (from.file() == null || !from.file().equals(to.file())) return null;
        SourceRange cut = i == 0
                ? new SourceRange(from.file(), from.startOffset(), to.startOffset(), from.startLine(),
                        from.startColumn(), to.startLine(), to.startColumn())
                : new SourceRange(from.file(), from.endOffset(), to.endOffset(), from.endLine(), from.endColumn(),
                        to.endLine(), to.endColumn());
        return Fix.replace("Remove `" + refs.get(i).name() + "` from `applies`", cut, "");
    }

    private boolean promotedByAnyChannel(String productId) {
        if (promoted == null) promoted = promotedProducts();
        return promoted.everyProduct() || promoted.names().contains(productId);
    }

    /**
     * What the channels promote, gathered once: asking every channel again for every product of
     * every promo made this check quadratic, the slowest part of checking a large campaign.
     */
    private record Promoted(boolean everyProduct, Set<String> names) {}

    private Promoted promoted;

    private Promoted promotedProducts() {
        Set<String> names = new java.util.HashSet<>();
        for (Channel ch : campaign.channels()) {
            if (ch.products().isEmpty()) return new Promoted(true, Set.of()); // default: every product
            for (Ref r : ch.products()) names.add(r.name());
        }
        return new Promoted(false, names);
    }

    private void checkBundle(Bundle bundle) {
        if (bundle.price() == null) return;
        BigDecimal sum = BigDecimal.ZERO;
        for (Bundle.Item item : bundle.items()) {
            Product p = products.get(item.product().name());
            if (p == null || p.price() == null || !p.price().currency().equals(bundle.price().currency())) return;
            sum = sum.add(p.price().amount().multiply(BigDecimal.valueOf(item.quantity())));
        }
        if (!bundle.items().isEmpty() && bundle.price().amount().compareTo(sum) >= 0) {
            report(Code.W304, "bundle `" + bundle.id() + "` costs " + bundle.price() + ", not less than its items bought "
                    + "apart (" + sum.toPlainString() + " " + bundle.price().currency().getCurrencyCode()
                    + "); a bundle should save money", bundle.where().of("price"));
        }
    }

    /** One campaign speaks one currency: the first amount written sets it. */
    private void checkCurrencies() {
        Currency first = null;
        String firstWhere = null;
        for (Priced priced : amounts()) {
            if (priced.money() == null) continue;
            if (first == null) {
                first = priced.money().currency();
                firstWhere = priced.what();
            } else if (!priced.money().currency().equals(first)) {
                report(Code.E305, priced.what() + " is in " + priced.money().currency().getCurrencyCode() + ", but "
                        + firstWhere + " is in " + first.getCurrencyCode() + "; use one currency per campaign",
                        priced.range());
            }
        }
    }

    private record Priced(String what, Money money, SourceRange range) {}

    private List<Priced> amounts() {
        List<Priced> all = new java.util.ArrayList<>();
        for (Product p : spec.products()) all.add(new Priced("product `" + p.id() + "`", p.price(), p.where().of("price")));
        if (campaign != null && campaign.pricing() != null) {
            for (Bundle b : campaign.pricing().bundles()) {
                all.add(new Priced("bundle `" + b.id() + "`", b.price(), b.where().of("price")));
            }
            for (Promo p : campaign.pricing().promos()) {
                if (p.discount() instanceof Discount.AmountOff off) {
                    all.add(new Priced("promo `" + p.id() + "`", off.amount(), p.where().of("discount")));
                }
            }
        }
        return all;
    }

    private void checkAudience(Channel ch) {
        if (ch.audiences().isEmpty() && (campaign.positioning() == null || campaign.positioning().forAudience() == null)) {
            report(Code.E309, "channel `" + ch.id() + "` has no audience: add `audience: NAME` to it, or a "
                    + "`positioning { for: NAME }` to the campaign", ch.where().header());
        }
    }

    private void checkLimits(Channel ch) {
        ch.limits().byField().forEach((field, limit) -> {
            FieldKind spec = ch.kind().field(field).orElseThrow();
            Length hard = spec.limit();
            if (hard == null || hard.unit() != limit.unit() || limit.count() <= hard.count()) return;
            SourceRange at = ch.limits().where().of(field);
            switch (spec.limitKind()) {
                case PER_SEGMENT -> report(Code.W308, "`" + field + "` of " + limit + " is longer than one "
                        + ch.kind().name() + " segment (" + hard + "): it will be sent as a multi-part message", at);
                case RECOMMENDED -> report(Code.W308, "`" + field + "` of " + limit + " is longer than the "
                        + "recommended " + hard + "; the platform may cut it off", at);
                default -> report(Code.E307, "`" + field + "` of " + limit + " is looser than " + ch.kind().name()
                        + "'s hard limit of " + hard + "; use at most " + hard, at);
            }
        });
    }

    /** A must_include text has to fit in at least one field of the asset. */
    private void checkMustInclude(Channel ch) {
        for (String text : ch.mustInclude()) {
            boolean fits = false;
            Length tightestLargest = null;
            for (FieldKind field : ch.kind().fields()) {
                List<Length> limits = field.effectiveLimits(ch.limits().byField().get(field.name()));
                if (TextMeasure.ESTIMATE.fitsAll(text, limits)) {
                    fits = true;
                    break;
                }
                for (Length limit : limits) {
                    if (tightestLargest == null || limit.count() > tightestLargest.count()) tightestLargest = limit;
                }
            }
            if (!fits) {
                report(Code.E306, "\"" + text + "\" is longer than every field of this " + ch.kind().name()
                        + " allows (at most " + tightestLargest + "); shorten it or loosen `limits`",
                        ch.where().of("must_include"));
            }
        }
    }

    /**
     * A channel that names its products gets a warning for each one its promo does not apply to:
     * those assets carry no offer (the interpreter gives them no promo). A channel that names none
     * promotes every product by default, and pairing it with a narrower promo is the usual intent.
     */
    private void checkChannelPromo(Channel ch) {
        if (ch.promo() == null || campaign.pricing() == null) return;
        Promo promo = campaign.pricing().promos().stream().filter(p -> p.id().equals(ch.promo().name()))
                .findFirst().orElse(null);
        if (promo == null || ch.products().isEmpty()) return;
        Set<String> applies = new LinkedHashSet<>();
        promo.applies().forEach(r -> applies.add(r.name()));
        Set<String> seen = new LinkedHashSet<>();
        for (Ref r : ch.products()) {
            if (applies.contains(r.name()) || !seen.add(r.name())) continue;
            report(Code.W310, "promo `" + promo.id() + "` does not apply to `" + r.name() + "`; its assets will "
                    + "carry no offer (the promo applies to " + String.join(", ", applies) + ")", r.range());
        }
    }

    private void checkHashtags(Channel ch) {
        if (!ch.hashtags().isEmpty() && !ch.kind().social()) {
            report(Code.E117, "`" + ch.kind().name() + "` has no hashtags; they are for social kinds", ch.where()
                    .of("hashtags"));
        }
    }

    private void report(Code code, String message, SourceRange range) {
        out.add(new Diagnostic(code, message, range));
    }

    private void report(Code code, String message, SourceRange range, Fix fix) {
        out.add(new Diagnostic(code, message, range, fix));
    }
}
