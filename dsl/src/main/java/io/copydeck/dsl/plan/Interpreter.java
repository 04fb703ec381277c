package io.copydeck.dsl.plan;

import io.copydeck.dsl.brief.Brief;
import io.copydeck.dsl.brief.ChannelId;
import io.copydeck.dsl.brief.DateFact;
import io.copydeck.dsl.brief.Faq;
import io.copydeck.dsl.brief.FaqPage;
import io.copydeck.dsl.brief.FieldSpec;
import io.copydeck.dsl.brief.Formula;
import io.copydeck.dsl.brief.JobId;
import io.copydeck.dsl.brief.Language;
import io.copydeck.dsl.brief.Offering;
import io.copydeck.dsl.brief.Phrases;
import io.copydeck.dsl.brief.Price;
import io.copydeck.dsl.model.Audience;
import io.copydeck.dsl.model.Brand;
import io.copydeck.dsl.model.Bundle;
import io.copydeck.dsl.model.Campaign;
import io.copydeck.dsl.model.Channel;
import io.copydeck.dsl.model.Discount;
import io.copydeck.dsl.model.Length;
import io.copydeck.dsl.model.Money;
import io.copydeck.dsl.model.Product;
import io.copydeck.dsl.model.Promo;
import io.copydeck.dsl.model.Ref;
import io.copydeck.dsl.model.Spec;
import io.copydeck.dsl.model.DateWindow;
import io.copydeck.dsl.schema.FieldKind;
import io.copydeck.dsl.support.SupportFacts;
import io.copydeck.dsl.text.TextMeasure;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Expands a checked campaign into its plan: one job per channel × audience × product-or-bundle ×
 * variant × field, with defaults applied and every fact computed exactly. Call it only on a
 * spec without errors: it trusts references to resolve.
 */
public final class Interpreter {
    private final Spec spec;
    private final Campaign campaign;
    private final Locale locale;
    /** The language layouts are written in: the locale's, or English where Copydeck writes no other. */
    private final Language language;
    private final Map<String, Product> products = new LinkedHashMap<>();
    private final Map<String, Audience> audiences = new LinkedHashMap<>();
    private final Map<String, Bundle> bundles = new LinkedHashMap<>();
    private final Map<String, Promo> promos = new LinkedHashMap<>();
    /** The support block's facts, for an FAQ page ({@link FaqPage}); never the copy's prompts. */
    private final SupportFacts support;

    private Interpreter(Spec spec) {
        this.spec = spec;
        this.campaign = spec.campaign();
        this.locale = campaign.locale() == null ? Locale.US : Locale.forLanguageTag(campaign.locale());
        this.language = Language.orEnglish(locale);
        this.support = SupportFacts.of(spec);
        spec.products().forEach(p -> products.putIfAbsent(p.id(), p));
        spec.audiences().forEach(a -> audiences.putIfAbsent(a.id(), a));
        if (campaign.pricing() != null) {
            campaign.pricing().bundles().forEach(b -> bundles.putIfAbsent(b.id(), b));
            campaign.pricing().promos().forEach(p -> promos.putIfAbsent(p.id(), p));
        }
    }

    public static Plan plan(Spec spec) {
        if (spec.campaign() == null) throw new IllegalArgumentException("the spec has no campaign to plan");
        return new Interpreter(spec).expand();
    }

    /**
     * Every offering of a checked campaign (its products, then its bundles) and every promo on each
     * product it applies to, computed exactly as the plan computes them: what customer-service
     * answers state prices, codes and dates from, whether a channel sells them or not.
     */
    public static Offers offers(Spec spec) {
        if (spec.campaign() == null) throw new IllegalArgumentException("the spec has no campaign to read offers from");
        Interpreter in = new Interpreter(spec);
        List<Offering> offerings = new ArrayList<>();
        in.products.keySet().forEach(id -> offerings.add(in.offering(id)));
        in.bundles.keySet().forEach(id -> offerings.add(in.offering(id)));
        List<Offers.PromoOn> promos = new ArrayList<>();
        for (Promo promo : in.promos.values()) {
            for (Offering o : offerings) {
                Brief.Promo priced = in.promoFor(promo, o);
                if (priced != null) promos.add(new Offers.PromoOn(o, priced));
            }
        }
        return new Offers(in.locale, in.language, offerings, promos);
    }

    /** A campaign's offerings and its promos, each on one offering it applies to ({@link #offers}). */
    public record Offers(Locale locale, Language language, List<Offering> offerings, List<PromoOn> promos) {
        public Offers {
            offerings = List.copyOf(offerings);
            promos = List.copyOf(promos);
        }

        public record PromoOn(Offering offering, Brief.Promo promo) {}
    }

    private Plan expand() {
        List<Job> jobs = new ArrayList<>();
        Brief.Brand brand = brand();
        Brief.Campaign campaignFacts = campaignFacts();
        Brief.Positioning positioning = positioning();
        for (Channel ch : campaign.channels()) {
            ChannelId channelId = new ChannelId(ch.kind().name(), ch.id());
            Formula formula = ch.formula() != null ? Formula.parse(ch.formula())
                    : Formula.forObjective(campaignFacts.objective());
            Brief.Channel channel = new Brief.Channel(channelId, ch.tone(), ch.cta(), ch.hashtags(), ch.variants(),
                    formula);
            for (String audienceId : audienceIds(ch)) {
                Brief.Audience audience = audience(audienceId);
                for (String offeringId : offeringIds(ch)) {
                    Offering offering = offering(offeringId);
                    Brief brief = new Brief(brand, campaignFacts, positioning, audience, offering,
                            promoFor(ch, offering), channel);
                    for (int v = 1; v <= ch.variants(); v++) {
                        for (FieldKind field : ch.kind().fields()) {
                            // A long field is its parts (sections, blocks), each a job of its own.
                            for (FieldSpec spec : LongForm.pieces(ch.kind().name(), fieldSpec(ch, field, brief), brief)) {
                                String name = spec.isPart() ? field.name() + "." + spec.part().name() : field.name();
                                JobId id = new JobId(campaign.id(), channelId, audienceId, offeringId, v, name);
                                jobs.add(new Job(id, brief, spec, Decoding.merge(ch.generation(), campaign.generation(),
                                        defaultMaxTokens(spec)), seed(id.toString(), ch)));
                            }
                        }
                    }
                }
            }
        }
        return new Plan(campaign.id(), jobs);
    }

    // ---- dimensions and defaults ---------------------------------------------------------

    private List<String> audienceIds(Channel ch) {
        if (!ch.audiences().isEmpty()) return ch.audiences().stream().map(Ref::name).distinct().toList();
        return List.of(campaign.positioning().forAudience().name());
    }

    /** The channel's products and bundles, or every product when it names none. */
    private List<String> offeringIds(Channel ch) {
        if (!ch.products().isEmpty()) return ch.products().stream().map(Ref::name).distinct().toList();
        return List.copyOf(products.keySet());
    }

    /**
     * The field's limits (the one rule in {@link FieldKind#effectiveLimits}), whether it is one line,
     * the texts to include and the phrases to avoid (brand ∪ channel, each once in any case), and the
     * channel's declared `cta` for the field that is the asset's call to action, and a landing
     * page's FAQ, planned from the brief's facts ({@link Faq}).
     */
    private FieldSpec fieldSpec(Channel ch, FieldKind field, Brief brief) {
        Set<String> avoid = new LinkedHashSet<>();
        Set<String> seen = new LinkedHashSet<>();
        Brand brand = brandModel();
        List<String> all = new ArrayList<>(brand == null ? List.of() : brand.avoid());
        all.addAll(ch.avoid());
        for (String a : all) {
            if (seen.add(a.toLowerCase(Locale.ROOT))) avoid.add(a);
        }
        List<Length> limits = field.effectiveLimits(ch.limits().byField().get(field.name()));
        String declared = field.name().equals(ch.kind().ctaField()) ? ch.cta()
                : field.planned() ? planned(ch, field, brief, text -> TextMeasure.ESTIMATE.fitsAll(text, limits))
                : null;
        int fewest = thinBrief(brief) ? Math.min(field.minWords(), THIN_BRIEF_WORDS) : field.minWords();
        int minWords = FieldSpec.fewestWords(fewest, limits);
        return new FieldSpec(field.name(), limits, field.singleLine(), minWords, ch.mustInclude(), List.copyOf(avoid),
                declared);
    }

    /** A planned field's text: an FAQ page's title or questions, or a landing page's FAQ. */
    private String planned(Channel ch, FieldKind field, Brief brief, Predicate<String> fits) {
        if (!ch.kind().name().equals(FaqPage.KIND)) return Faq.of(brief, fits);
        Set<String> own = new LinkedHashSet<>(List.of(brief.offering().id()));
        if (brief.offering() instanceof Offering.Bundle b) b.items().forEach(i -> own.add(i.productId()));
        List<String> others = products.values().stream().filter(p -> !own.contains(p.id()))
                .map(p -> p.name() == null ? p.id() : p.name()).toList();
        return FaqPage.field(field.name(), brief, support, others, fits);
    }

    /** The most words a text may be asked for when its brief has few facts ({@link #thinBrief}). */
    static final int THIN_BRIEF_WORDS = 40;

    /**
     * A brief with fewer than four facts to tell (benefits, features, pains, motivations, proof):
     * 60 words of email about it would be filler, so its fields ask for no more than
     * {@link #THIN_BRIEF_WORDS}.
     */
    static boolean thinBrief(Brief b) {
        int facts = b.offering().benefits().size() + b.offering().features().size() + b.audience().pains().size()
                + b.audience().motivations().size() + (b.positioning() != null && b.positioning().proof() != null ? 1 : 0);
        return facts < 4;
    }

    /** Enough tokens for the field's limit (GPT-2 averages about 4 characters a token), with room to end cleanly. */
    private static int defaultMaxTokens(FieldSpec field) {
        // A section of about a hundred words, its subhead and its slots.
        if (field.isPart() && field.limits().isEmpty()) return 256;
        int tokens = Integer.MAX_VALUE;
        for (Length l : field.limits()) {
            int t = switch (l.unit()) {
                case CHARS -> l.count() / 3 + 8;
                case WORDS -> l.count() * 2 + 8;
                case SENTENCES -> l.count() * 40;
                case TOKENS -> l.count();
            };
            tokens = Math.min(tokens, t);
        }
        return tokens == Integer.MAX_VALUE ? 200 : Math.min(tokens, 512);
    }

    /**
     * A job's seed: the first 8 bytes of SHA-256 over its id and the spec's seed (channel over
     * campaign), so it does not depend on order, JVM or machine.
     */
    private long seed(String id, Channel ch) {
        Long specSeed = ch.generation().seed() != null ? ch.generation().seed() : campaign.generation().seed();
        return Seeds.of(specSeed == null ? id : id + "#" + specSeed);
    }

    // ---- the brief: every reference resolved, every fact computed -----------------------

    private Brand brandModel() {
        if (campaign.brand() == null) return null;
        return spec.brands().stream().filter(b -> b.id().equals(campaign.brand().name())).findFirst().orElse(null);
    }

    private Brief.Brand brand() {
        Brand b = brandModel();
        if (b == null) return new Brief.Brand("", "", null, List.of(), List.of(), List.of());
        return new Brief.Brand(b.id(), b.name() == null ? b.id() : b.name(), b.tagline(), b.voice(), b.avoid(),
                lines(b.legal()));
    }

    /** A legal text as its lines, as written (a `"""` block or `\n`), blank lines left out. */
    static List<String> lines(String text) {
        if (text == null) return List.of();
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private Brief.Campaign campaignFacts() {
        DateWindow w = campaign.window();
        return new Brief.Campaign(campaign.id(), campaign.title(),
                campaign.objective() == null ? null : campaign.objective().name().toLowerCase(Locale.ROOT), locale,
                language, w == null ? null : date(w.start()), w == null ? null : date(w.end()));
    }

    private Brief.Positioning positioning() {
        var p = campaign.positioning();
        if (p == null) return null;
        return new Brief.Positioning(p.forAudience() == null ? null : p.forAudience().name(), p.need(), p.category(),
                p.benefit(), p.unlike(), p.proof());
    }

    private Brief.Audience audience(String id) {
        Audience a = audiences.get(id);
        if (a == null) return new Brief.Audience(id, null, null, null, List.of(), List.of());
        Integer from = a.age() == null ? null : a.age().from().intValue();
        Integer to = a.age() == null ? null : a.age().to().intValue();
        return new Brief.Audience(id, a.description(), from, to, a.pains(), a.motivations());
    }

    private Offering offering(String id) {
        Product p = products.get(id);
        if (p != null) {
            return new Offering.Product(id, p.name() == null ? id : p.name(), p.description(), p.features(),
                    p.benefits(), p.price() == null ? null : price(p.price()), p.sku(), p.url());
        }
        Bundle b = bundles.get(id);
        if (b == null) throw new IllegalStateException("a checked spec resolves offering `" + id + "`");
        List<Offering.Item> items = new ArrayList<>();
        Money total = null;
        boolean allPriced = true;
        String url = null;
        for (Bundle.Item item : b.items()) {
            Product p2 = products.get(item.product().name());
            if (p2 == null) continue;
            items.add(new Offering.Item(p2.id(), p2.name() == null ? p2.id() : p2.name(), item.quantity(),
                    p2.benefits()));
            if (url == null) url = p2.url();
            if (p2.price() == null) {
                allPriced = false;
            } else {
                Money line = Prices.times(p2.price(), item.quantity());
                total = total == null ? line : Prices.plus(total, line);
            }
        }
        Price price = b.price() == null ? null : price(b.price());
        Price itemsTotal = null;
        Price savings = null;
        int savingsPercent = 0;
        if (allPriced && total != null && b.price() != null && total.currency().equals(b.price().currency())) {
            itemsTotal = price(total);
            Money saved = Prices.minus(total, b.price());
            if (saved.amount().signum() > 0) {
                savings = price(saved);
                savingsPercent = Prices.percentOf(saved, total);
            }
        }
        String description = Phrases.of(language).list(items.stream().map(Offering.Item::text).toList());
        return new Offering.Bundle(id, b.name() == null ? id : b.name(), description, items, price, itemsTotal,
                savings, savingsPercent, url);
    }

    /**
     * The channel's promo, where it applies to this product and there is a price to take it off;
     * null otherwise, so an asset never offers a code that does not apply to what it sells.
     */
    private Brief.Promo promoFor(Channel ch, Offering offering) {
        if (ch.promo() == null) return null;
        return promoFor(promos.get(ch.promo().name()), offering);
    }

    private Brief.Promo promoFor(Promo promo, Offering offering) {
        if (promo == null || promo.discount() == null || offering.price() == null || offering.price().free()
                || promo.applies().stream().noneMatch(r -> r.name().equals(offering.id()))) {
            return null;
        }
        Price regular = offering.price();
        String discountText = promo.discount() instanceof Discount.PercentOff p
                ? Prices.percent(p.percent(), locale)
                : Prices.format(((Discount.AmountOff) promo.discount()).amount(), locale);
        Money sale = Prices.salePrice(regular.money(), promo.discount());
        Money saved = Prices.minus(regular.money(), sale);
        DateFact ends = promo.ends() == null ? null : date(promo.ends());
        Integer daysLeft = promo.ends() != null && campaign.window() != null
                ? (int) ChronoUnit.DAYS.between(campaign.window().start(), promo.ends()) : null;
        Price salePrice = price(sale);
        String line = Phrases.of(language).offerLine(discountText, promo.code(), salePrice, regular, ends,
                promo.conditions());
        return new Brief.Promo(promo.id(), promo.code(), promo.discount(), discountText,
                promo.applies().stream().map(Ref::name).toList(), salePrice, price(saved),
                Prices.percentOf(saved, regular.money()), ends, daysLeft, promo.conditions(), line);
    }

    private Price price(Money value) {
        Money rounded = Prices.round(value);
        String text = rounded.amount().signum() == 0 ? Phrases.of(language).word("free") : Prices.format(rounded, locale);
        return new Price(rounded, text);
    }

    private DateFact date(java.time.LocalDate d) {
        return new DateFact(d, d.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)));
    }
}
