package io.copydeck.dsl.check;

import io.copydeck.dsl.model.Audience;
import io.copydeck.dsl.model.Brand;
import io.copydeck.dsl.model.Bundle;
import io.copydeck.dsl.model.Campaign;
import io.copydeck.dsl.model.Channel;
import io.copydeck.dsl.model.DateWindow;
import io.copydeck.dsl.model.Discount;
import io.copydeck.dsl.model.Generation;
import io.copydeck.dsl.model.IntRange;
import io.copydeck.dsl.model.Length;
import io.copydeck.dsl.model.Limits;
import io.copydeck.dsl.model.Money;
import io.copydeck.dsl.model.Objective;
import io.copydeck.dsl.model.Positioning;
import io.copydeck.dsl.model.Pricing;
import io.copydeck.dsl.model.PricingStrategy;
import io.copydeck.dsl.model.Product;
import io.copydeck.dsl.model.Promo;
import io.copydeck.dsl.model.Ref;
import io.copydeck.dsl.model.Support;
import io.copydeck.dsl.model.SupportFaq;
import io.copydeck.dsl.model.SupportPolicy;
import io.copydeck.dsl.model.Where;
import io.copydeck.dsl.source.SourceRange;
import io.copydeck.dsl.syntax.Syntax;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Checked blocks to the typed, immutable model. Every value here was already validated. */
final class ModelBuilder {
    private final List<Campaign> campaigns = new ArrayList<>();
    private final List<Brand> brands = new ArrayList<>();
    private final List<Audience> audiences = new ArrayList<>();
    private final List<Product> products = new ArrayList<>();

    void addFile(TypedBlock root) {
        root.children("brand").forEach(b -> brands.add(brand(b)));
        root.children("audience").forEach(b -> audiences.add(audience(b)));
        root.children("product").forEach(b -> products.add(product(b)));
        root.children("campaign").forEach(b -> campaigns.add(campaign(b)));
    }

    List<Campaign> campaigns() { return campaigns; }
    List<Brand> brands() { return brands; }
    List<Audience> audiences() { return audiences; }
    List<Product> products() { return products; }

    private Brand brand(TypedBlock b) {
        return new Brand(b.name(), b.one("name", String.class), b.one("tagline", String.class),
                b.all("voice", String.class), b.all("avoid", String.class), b.one("legal", String.class), support(b),
                where(b));
    }

    /** The block's `support { }`, or null when it has none (the schema allows at most one). */
    private Support support(TypedBlock owner) {
        return owner.children("support").stream().findFirst().map(b -> new Support(b.one("contact", String.class),
                b.one("hours", String.class), b.one("handoff", String.class),
                b.children("policy").stream().map(p -> new SupportPolicy(p.name(), p.one("text", String.class),
                        where(p))).toList(),
                b.children("faq").stream().map(f -> new SupportFaq(f.name(), f.one("question", String.class),
                        f.one("answer", String.class), where(f))).toList(),
                where(b))).orElse(null);
    }

    private Audience audience(TypedBlock b) {
        return new Audience(b.name(), b.one("description", String.class), b.one("age", IntRange.class),
                b.all("pains", String.class), b.all("motivations", String.class),
                b.all("channels_preferred", String.class), where(b));
    }

    private Product product(TypedBlock b) {
        return new Product(b.name(), b.one("name", String.class), b.one("description", String.class),
                b.all("features", String.class), b.all("benefits", String.class), b.one("price", Money.class),
                b.one("sku", String.class), b.one("url", String.class), where(b));
    }

    private Campaign campaign(TypedBlock b) {
        List<Audience> own = new ArrayList<>();
        List<Product> ownProducts = new ArrayList<>();
        b.children("audience").forEach(a -> {
            Audience audience = audience(a);
            own.add(audience);
            audiences.add(audience);
        });
        b.children("product").forEach(p -> {
            Product product = product(p);
            ownProducts.add(product);
            products.add(product);
        });
        String objective = b.one("objective", String.class);
        return new Campaign(b.name(), b.one("title", String.class), b.one("brand", Ref.class),
                objective == null ? null : Objective.valueOf(objective.toUpperCase(Locale.ROOT)),
                b.one("locale", String.class), b.one("window", DateWindow.class),
                b.children("positioning").stream().findFirst().map(this::positioning).orElse(null),
                b.children("pricing").stream().findFirst().map(this::pricing).orElse(null),
                b.children("channel").stream().map(this::channel).toList(), own, ownProducts,
                b.children("generation").stream().findFirst().map(this::generation).orElse(Generation.NONE),
                support(b), where(b));
    }

    private Positioning positioning(TypedBlock b) {
        return new Positioning(b.one("for", Ref.class), b.one("need", String.class), b.one("category", String.class),
                b.one("benefit", String.class), b.one("unlike", String.class), b.one("proof", String.class), where(b));
    }

    private Pricing pricing(TypedBlock b) {
        String strategy = b.one("strategy", String.class);
        return new Pricing(strategy == null ? null : PricingStrategy.valueOf(strategy.toUpperCase(Locale.ROOT)),
                b.children("promo").stream().map(this::promo).toList(),
                b.children("bundle").stream().map(this::bundle).toList(), where(b));
    }

    private Promo promo(TypedBlock b) {
        return new Promo(b.name(), b.one("code", String.class), b.one("discount", Discount.class),
                b.all("applies", Ref.class), b.one("ends", LocalDate.class), b.one("conditions", String.class), where(b));
    }

    private Bundle bundle(TypedBlock b) {
        return new Bundle(b.name(), b.one("name", String.class), b.all("items", Bundle.Item.class),
                b.one("price", Money.class), where(b));
    }

    private Channel channel(TypedBlock b) {
        BigDecimal variants = b.one("variants", BigDecimal.class);
        return new Channel(b.channelKind(), b.name(), b.all("audience", Ref.class), b.all("products", Ref.class),
                b.one("promo", Ref.class), variants == null ? 1 : variants.intValueExact(), b.all("tone", String.class),
                b.one("cta", String.class), b.all("must_include", String.class), b.all("avoid", String.class),
                b.all("hashtags", String.class), b.one("template", String.class),
                b.children("limits").stream().findFirst().map(this::limits).orElse(Limits.NONE),
                b.children("generation").stream().findFirst().map(this::generation).orElse(Generation.NONE),
                where(b), b.one("formula", String.class));
    }

    private Limits limits(TypedBlock b) {
        Map<String, Length> byField = new LinkedHashMap<>();
        b.properties().forEach((field, p) -> {
            if (!p.values().isEmpty()) byField.put(field, (Length) p.values().get(0));
        });
        return new Limits(java.util.Collections.unmodifiableMap(byField), where(b));
    }

    private Generation generation(TypedBlock b) {
        return new Generation(decimal(b, "temperature"), integer(b, "top_k"), decimal(b, "top_p"),
                decimal(b, "repetition_penalty"), integer(b, "max_tokens"),
                b.one("seed", BigDecimal.class) == null ? null : b.one("seed", BigDecimal.class).longValue(), where(b));
    }

    private static Double decimal(TypedBlock b, String name) {
        BigDecimal v = b.one(name, BigDecimal.class);
        return v == null ? null : v.doubleValue();
    }

    private static Integer integer(TypedBlock b, String name) {
        BigDecimal v = b.one(name, BigDecimal.class);
        return v == null ? null : v.intValue();
    }

    private static Where where(TypedBlock b) {
        Map<String, SourceRange> at = new LinkedHashMap<>();
        b.properties().forEach((name, p) -> at.put(name, p.syntax().range()));
        Syntax.Block block = b.syntax();
        SourceRange header = block.labels().isEmpty() ? block.kind().range()
                : block.kind().range().to(block.labels().get(block.labels().size() - 1).range());
        return new Where(block.range(), header, at);
    }
}
