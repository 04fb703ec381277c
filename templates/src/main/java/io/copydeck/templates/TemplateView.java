package io.copydeck.templates;

import io.copydeck.dsl.brief.Brief;
import io.copydeck.dsl.brief.DateFact;
import io.copydeck.dsl.brief.FieldSpec;
import io.copydeck.dsl.brief.Offering;
import io.copydeck.dsl.brief.Price;
import io.copydeck.dsl.brief.Slots;
import io.copydeck.dsl.model.Length;
import io.copydeck.dsl.model.LengthUnit;
import io.copydeck.dsl.plan.Job;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one read-only view templates get of a {@link Brief}: plain maps, lists, strings, numbers and
 * booleans, so that a template (user code) can read every fact but call nothing. Keys are
 * snake_case and a fact that is not declared is absent (`product.price??`). Made only here, from
 * the typed brief; no stage reads it back.
 */
public final class TemplateView {
    private TemplateView() {}

    /** A prompt's data model: the brief, the field and the variant. */
    public static Map<String, Object> of(Job job) {
        Map<String, Object> m = new LinkedHashMap<>(of(job.brief()));
        m.put("field", field(job.field()));
        m.put("variant", map("number", job.variant(), "of", job.brief().channel().variants()));
        return Collections.unmodifiableMap(m);
    }

    /** A layout's data model (before its `fields`): the brief alone. */
    public static Map<String, Object> of(Brief b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("brand", brand(b.brand()));
        m.put("campaign", campaign(b.campaign()));
        if (b.positioning() != null) m.put("positioning", positioning(b.positioning()));
        m.put("audience", audience(b.audience()));
        m.put("product", offering(b.offering()));
        if (b.promo() != null) m.put("promo", promo(b.promo()));
        m.put("channel", channel(b.channel()));
        put(m, "offer_line", b.offerLine());
        m.put("text", b.phrases().asMap());
        m.put("shapes", shapes(b));
        return Collections.unmodifiableMap(m);
    }

    /**
     * Each shaped slot's {@link io.copydeck.dsl.brief.FactShape} as a word ("np", "vp", "clause"), so a prompt can show
     * the model where a fact fits: `to {benefit.0}` is a verb phrase.
     */
    private static Map<String, Object> shapes(Brief b) {
        Slots slots = Slots.of(b);
        Map<String, Object> m = new LinkedHashMap<>();
        for (String slot : slots.names()) {
            slots.shape(slot).ifPresent(shape -> m.put(slot, switch (shape) {
                case NOUN_PHRASE -> "np";
                case VERB_PHRASE -> "vp";
                case CLAUSE -> "clause";
            }));
        }
        return frozen(m);
    }

    private static Map<String, Object> brand(Brief.Brand b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", b.id());
        m.put("name", b.name());
        put(m, "tagline", b.tagline());
        m.put("voice", b.voice());
        m.put("avoid", b.avoid());
        if (!b.legalLines().isEmpty()) m.put("legal", String.join("\n", b.legalLines()));
        m.put("legal_lines", b.legalLines());
        return frozen(m);
    }

    private static Map<String, Object> campaign(Brief.Campaign c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        put(m, "title", c.title());
        put(m, "objective", c.objective());
        m.put("locale", c.locale().toLanguageTag());
        m.put("language", c.language().code());
        date(m, "start", c.start());
        date(m, "end", c.end());
        return frozen(m);
    }

    private static Map<String, Object> positioning(Brief.Positioning p) {
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "for", p.forAudience());
        put(m, "need", p.need());
        put(m, "category", p.category());
        put(m, "benefit", p.benefit());
        put(m, "unlike", p.unlike());
        put(m, "proof", p.proof());
        return frozen(m);
    }

    private static Map<String, Object> audience(Brief.Audience a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        put(m, "description", a.description());
        put(m, "age", a.ageText());
        m.put("pains", a.pains());
        m.put("motivations", a.motivations());
        return frozen(m);
    }

    private static Map<String, Object> offering(Offering o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", o.id());
        m.put("kind", o instanceof Offering.Bundle ? "bundle" : "product");
        m.put("name", o.name());
        put(m, "description", o.description());
        m.put("features", o.features());
        m.put("benefits", o.benefits());
        money(m, "price", o.price());
        m.put("free", o.price() != null && o.price().free());
        put(m, "url", o.url());
        if (o instanceof Offering.Product p) {
            put(m, "sku", p.sku());
        } else if (o instanceof Offering.Bundle b) {
            m.put("items", b.items().stream().map(i -> (Object) map("name", i.name(), "quantity", i.quantity(),
                    "text", i.text())).toList());
            money(m, "items_total", b.itemsTotal());
            money(m, "savings", b.savings());
            if (b.savings() != null) m.put("savings_percent", b.savingsPercent());
        }
        return frozen(m);
    }

    private static Map<String, Object> promo(Brief.Promo p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        put(m, "code", p.code());
        m.put("discount", p.discountText());
        money(m, "sale_price", p.salePrice());
        money(m, "savings", p.savings());
        m.put("savings_percent", p.savingsPercent());
        date(m, "ends", p.ends());
        if (p.daysLeft() != null) m.put("days_left", p.daysLeft());
        put(m, "conditions", p.conditions());
        m.put("offer_line", p.offerLine());
        m.put("applies", p.appliesTo());
        return frozen(m);
    }

    private static Map<String, Object> channel(Brief.Channel c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id().toString());
        m.put("name", c.id().name());
        m.put("kind", c.id().kind());
        m.put("tone", c.tone());
        put(m, "cta", c.cta());
        m.put("hashtags", c.hashtags());
        m.put("variants", c.variants());
        m.put("formula", c.formula().word());
        return frozen(m);
    }

    private static Map<String, Object> field(FieldSpec f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", f.name());
        m.put("label", f.label());
        m.put("limits", f.limits().stream().map(Length::toString).toList());
        for (Length l : f.limits()) {
            if (l.unit() == LengthUnit.CHARS) m.put("max_chars", l.count());
            if (l.unit() == LengthUnit.WORDS) m.put("max_words", l.count());
        }
        m.put("single_line", f.singleLine());
        if (f.isPart()) {
            // A part of a long field (a blog section, a benefit block): what it is about, and whether
            // its first line is a heading.
            m.put("part", f.part().name());
            m.put("heading", f.part().heading());
        }
        m.put("must_include", f.mustInclude());
        m.put("avoid", f.avoid());
        return frozen(m);
    }

    /** `price` as copy writes it ("$2.79", "free"), `price_amount` ("2.79") and the `currency` code. */
    private static void money(Map<String, Object> m, String key, Price p) {
        if (p == null) return;
        m.put(key, p.text());
        m.put(key + "_amount", p.plain());
        m.put("currency", p.currency());
    }

    private static void date(Map<String, Object> m, String key, DateFact d) {
        if (d != null) m.put(key, d.text());
    }

    private static void put(Map<String, Object> m, String key, Object value) {
        if (value != null) m.put(key, value);
    }

    private static Map<String, Object> frozen(Map<String, Object> m) {
        return Collections.unmodifiableMap(m);
    }

    private static Map<String, Object> map(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) m.put((String) pairs[i], pairs[i + 1]);
        return Collections.unmodifiableMap(m);
    }
}
