package io.copydeck.dsl.plan;

import io.copydeck.dsl.model.Audience;
import io.copydeck.dsl.model.Brand;
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
import io.copydeck.dsl.schema.FieldSpec;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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

/**
 * Expands a checked campaign into its plan: one job per channel × audience × product-or-bundle ×
 * variant × field, with defaults applied and every fact computed exactly. Call it only on a
 * spec without errors: it trusts references to resolve.
 */
public final class Interpreter {
    private final Spec spec;
    private final Campaign campaign;
    private final Locale locale;
    private final Map<String, Product> products = new LinkedHashMap<>();
    private final Map<String, Audience> audiences = new LinkedHashMap<>();
    private final Map<String, Bundle> bundles = new LinkedHashMap<>();
    private final Map<String, Promo> promos = new LinkedHashMap<>();

    private Interpreter(Spec spec) {
        this.spec = spec;
        this.campaign = spec.campaign();
        this.locale = campaign.locale() == null ? Locale.US : Locale.forLanguageTag(campaign.locale());
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

    private Plan expand() {
        List<Job> jobs = new ArrayList<>();
        Map<String, Object> brand = brand();
        Map<String, Object> campaignData = campaignData();
        Map<String, Object> positioning = positioning();
        for (Channel ch : campaign.channels()) {
            String channelId = ch.id().equals(ch.kind().name()) ? ch.id() : ch.kind().name() + "." + ch.id();
            for (String audienceId : audienceIds(ch)) {
                for (String offeringId : offeringIds(ch)) {
                    Map<String, Object> offering = offering(offeringId);
                    Map<String, Object> promo = promoFor(ch, offeringId);
                    for (int v = 1; v <= ch.variants(); v++) {
                        for (FieldSpec field : ch.kind().fields()) {
                            String id = String.join("/", campaign.id(), channelId, audienceId, offeringId, "v" + v,
                                    field.name());
                            Constraints constraints = constraints(ch, field);
                            Map<String, Object> data = new LinkedHashMap<>();
                            data.put("brand", brand);
                            data.put("campaign", campaignData);
                            if (positioning != null) data.put("positioning", positioning);
                            data.put("audience", audience(audienceId));
                            data.put("product", offering);
                            if (promo != null) data.put("promo", promo);
                            data.put("channel", channel(ch, channelId, constraints));
                            data.put("field", field(field, constraints));
                            data.put("variant", ordered("number", v, "of", ch.variants()));
                            jobs.add(new Job(id, ch.id(), ch.kind().name(), audienceId, offeringId, v, field.name(),
                                    constraints, Decoding.merge(ch.generation(), campaign.generation(),
                                    defaultMaxTokens(field, constraints)), seed(id, ch), frozen(data)));
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

    /** Platform limit and channel limit, the tightest per unit. */
    static List<Length> limits(Channel ch, FieldSpec field) {
        Map<LengthUnit, Length> byUnit = new LinkedHashMap<>();
        if (field.limit() != null) byUnit.put(field.limit().unit(), field.limit());
        Length own = ch.limits().byField().get(field.name());
        if (own != null) byUnit.merge(own.unit(), own, (a, b) -> a.count() <= b.count() ? a : b);
        return List.copyOf(byUnit.values());
    }

    private Constraints constraints(Channel ch, FieldSpec field) {
        Set<String> avoid = new LinkedHashSet<>();
        Set<String> seen = new LinkedHashSet<>();
        Brand brand = brandModel();
        List<String> all = new ArrayList<>(brand == null ? List.of() : brand.avoid());
        all.addAll(ch.avoid());
        for (String a : all) {
            if (seen.add(a.toLowerCase(Locale.ROOT))) avoid.add(a);
        }
        return new Constraints(limits(ch, field), ch.mustInclude(), List.copyOf(avoid));
    }

    /** Enough tokens for the field's limit (GPT-2 averages about 4 characters a token), with room to end cleanly. */
    private static int defaultMaxTokens(FieldSpec field, Constraints c) {
        int tokens = Integer.MAX_VALUE;
        for (Length l : c.limits()) {
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
        String key = specSeed == null ? id : id + "#" + specSeed;
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            long s = 0;
            for (int i = 0; i < 8; i++) s = (s << 8) | (h[i] & 0xff);
            return s & Long.MAX_VALUE;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    // ---- the data model: plain maps, lists and strings -----------------------------------

    private Brand brandModel() {
        if (campaign.brand() == null) return null;
        return spec.brands().stream().filter(b -> b.id().equals(campaign.brand().name())).findFirst().orElse(null);
    }

    private Map<String, Object> brand() {
        Brand b = brandModel();
        Map<String, Object> m = new LinkedHashMap<>();
        if (b == null) return m;
        m.put("id", b.id());
        put(m, "name", b.name());
        put(m, "tagline", b.tagline());
        m.put("voice", b.voice());
        m.put("avoid", b.avoid());
        put(m, "legal", b.legal());
        return frozen(m);
    }

    private Map<String, Object> campaignData() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", campaign.id());
        put(m, "title", campaign.title());
        if (campaign.objective() != null) m.put("objective", campaign.objective().name().toLowerCase(Locale.ROOT));
        m.put("locale", locale.toLanguageTag());
        if (campaign.window() != null) {
            m.put("start", date(campaign.window().start()));
            m.put("end", date(campaign.window().end()));
        }
        return frozen(m);
    }

    private Map<String, Object> positioning() {
        var p = campaign.positioning();
        if (p == null) return null;
        Map<String, Object> m = new LinkedHashMap<>();
        if (p.forAudience() != null) m.put("for", p.forAudience().name());
        put(m, "need", p.need());
        put(m, "category", p.category());
        put(m, "benefit", p.benefit());
        put(m, "unlike", p.unlike());
        put(m, "proof", p.proof());
        return frozen(m);
    }

    private Map<String, Object> audience(String id) {
        Audience a = audiences.get(id);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        if (a == null) return m;
        put(m, "description", a.description());
        if (a.age() != null) m.put("age", a.age().from().toPlainString() + "–" + a.age().to().toPlainString());
        m.put("pains", a.pains());
        m.put("motivations", a.motivations());
        return frozen(m);
    }

    private Map<String, Object> offering(String id) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        Product p = products.get(id);
        if (p != null) {
            m.put("kind", "product");
            put(m, "name", p.name());
            put(m, "description", p.description());
            m.put("features", p.features());
            m.put("benefits", p.benefits());
            if (p.price() != null) money(m, "price", p.price());
            put(m, "sku", p.sku());
            put(m, "url", p.url());
            return frozen(m);
        }
        Bundle b = bundles.get(id);
        if (b == null) return m;
        m.put("kind", "bundle");
        put(m, "name", b.name());
        List<Map<String, Object>> items = new ArrayList<>();
        List<String> features = new ArrayList<>();
        Money total = null;
        for (Bundle.Item item : b.items()) {
            Product p2 = products.get(item.product().name());
            if (p2 == null) continue;
            items.add(ordered("name", p2.name(), "quantity", item.quantity()));
            features.add(item.quantity() + " × " + p2.name());
            if (p2.price() != null) {
                Money line = Prices.times(p2.price(), item.quantity());
                total = total == null ? line : Prices.plus(total, line);
            }
        }
        m.put("items", List.copyOf(items));
        m.put("features", List.copyOf(features));
        m.put("benefits", List.of());
        if (b.price() != null) money(m, "price", b.price());
        if (total != null && b.price() != null && total.currency().equals(b.price().currency())) {
            money(m, "items_total", total);
            Money savings = Prices.minus(total, b.price());
            if (savings.amount().signum() > 0) {
                money(m, "savings", savings);
                m.put("savings_percent", Prices.percentOf(savings, total));
            }
        }
        return frozen(m);
    }

    /** The channel's promo, when it applies to this product; null otherwise. */
    private Map<String, Object> promoFor(Channel ch, String offeringId) {
        if (ch.promo() == null) return null;
        Promo promo = promos.get(ch.promo().name());
        Product product = products.get(offeringId);
        if (promo == null || product == null || product.price() == null || promo.discount() == null
                || promo.applies().stream().noneMatch(r -> r.name().equals(offeringId))) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", promo.id());
        put(m, "code", promo.code());
        m.put("discount", promo.discount() instanceof Discount.PercentOff p
                ? p.percent().stripTrailingZeros().toPlainString() + "%"
                : Prices.format(((Discount.AmountOff) promo.discount()).amount(), locale));
        Money sale = Prices.salePrice(product.price(), promo.discount());
        Money savings = Prices.minus(product.price(), sale);
        money(m, "sale_price", sale);
        money(m, "savings", savings);
        m.put("savings_percent", Prices.percentOf(savings, product.price()));
        if (promo.ends() != null) {
            m.put("ends", date(promo.ends()));
            if (campaign.window() != null) {
                m.put("days_left", (int) ChronoUnit.DAYS.between(campaign.window().start(), promo.ends()));
            }
        }
        put(m, "conditions", promo.conditions());
        return frozen(m);
    }

    private Map<String, Object> channel(Channel ch, String channelId, Constraints c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", channelId);
        m.put("name", ch.id());
        m.put("kind", ch.kind().name());
        m.put("tone", ch.tone());
        put(m, "cta", ch.cta());
        m.put("hashtags", ch.hashtags());
        m.put("must_include", c.mustInclude());
        m.put("avoid", c.avoid());
        m.put("variants", ch.variants());
        return frozen(m);
    }

    private static Map<String, Object> field(FieldSpec f, Constraints c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", f.name());
        m.put("label", f.name().replace('_', ' '));
        m.put("limits", c.limits().stream().map(Length::toString).toList());
        c.limits().stream().filter(l -> l.unit() == LengthUnit.CHARS).findFirst()
                .ifPresent(l -> m.put("max_chars", l.count()));
        c.limits().stream().filter(l -> l.unit() == LengthUnit.WORDS).findFirst()
                .ifPresent(l -> m.put("max_words", l.count()));
        return frozen(m);
    }

    private void money(Map<String, Object> m, String key, Money value) {
        Money rounded = Prices.round(value);
        m.put(key, Prices.format(rounded, locale));
        m.put(key + "_amount", rounded.amount().toPlainString());
        m.put("currency", rounded.currency().getCurrencyCode());
    }

    private String date(java.time.LocalDate d) {
        return d.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
    }

    /** Read-only and in insertion order: templates and JSON see keys in the same order every run. */
    private static Map<String, Object> frozen(Map<String, Object> m) {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(m));
    }

    private static Map<String, Object> ordered(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return java.util.Collections.unmodifiableMap(m);
    }

    private static void put(Map<String, Object> m, String key, String value) {
        if (value != null) m.put(key, value);
    }
}
