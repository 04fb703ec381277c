package io.copydeck.support;

import io.copydeck.dsl.brief.Brief;
import io.copydeck.dsl.brief.Language;
import io.copydeck.dsl.brief.Offering;
import io.copydeck.dsl.brief.Phrases;
import io.copydeck.dsl.model.Spec;
import io.copydeck.dsl.plan.Interpreter;
import io.copydeck.dsl.support.SupportFact;
import io.copydeck.dsl.support.SupportFacts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every fact a customer-service answer may state, from a checked spec: the support block's facts
 * ({@link SupportFacts}: contact, hours, policies, faqs) and the offerings' facts as the interpreter
 * computed them ({@link Interpreter#offers}: product descriptions, features, benefits, prices, links;
 * bundle items, prices and savings; each promo's code, discount, end date, conditions and sale price
 * on every product it applies to). Prices, dates and codes are never typed here: they are the
 * interpreter's {@code Price}, {@code DateFact} and code texts.
 *
 * @param handoff what an answer says when no fact answers (the spec's `handoff`, else Copydeck's in the
 *     campaign's language); never null
 */
public record FactCatalogue(String campaign, Language language, Locale locale, List<AnswerFact> facts, String handoff) {
    public FactCatalogue {
        facts = List.copyOf(facts);
    }

    public static FactCatalogue of(Spec spec) {
        Interpreter.Offers offers = Interpreter.offers(spec);
        FactWording words = FactWording.of(offers.language());
        Map<String, AnswerFact> facts = new LinkedHashMap<>();
        SupportFacts support = SupportFacts.of(spec);
        for (SupportFact f : support.facts()) {
            String kind = f.id().substring(SupportFacts.PREFIX.length());
            String topic = kind.equals("contact") || kind.equals("hours") ? words.topic(kind) : f.topic();
            add(facts, new AnswerFact(f.id(), topic, f.text()));
        }
        for (Offering o : offers.offerings()) {
            if (o instanceof Offering.Bundle b) {
                bundle(facts, b, words, Phrases.of(offers.language()));
            } else {
                product(facts, (Offering.Product) o, words, Phrases.of(offers.language()));
            }
        }
        promos(facts, offers.promos(), words, Phrases.of(offers.language()));
        String handoff = support.handoff() == null || support.handoff().isBlank()
                ? words.frame("handoff") // the checker warns of a missing handoff (W405)
                : support.handoff();
        return new FactCatalogue(spec.campaign().id(), offers.language(), offers.locale(), List.copyOf(facts.values()),
                handoff);
    }

    /** Whether the fact says what a product or bundle is (its description, its items): the answer to a question that only names it. */
    public static boolean overview(String id) {
        return (id.startsWith("product.") && id.endsWith(".description")) || (id.startsWith("bundle.") && id.endsWith(".items"));
    }

    public AnswerFact fact(String id) {
        return facts.stream().filter(f -> f.id().equals(id)).findFirst().orElse(null);
    }

    private static void add(Map<String, AnswerFact> facts, AnswerFact fact) {
        facts.putIfAbsent(fact.id(), fact);
    }

    private static void product(Map<String, AnswerFact> facts, Offering.Product p, FactWording words, Phrases phrases) {
        String id = "product." + p.id() + ".";
        String name = p.name();
        AnswerFact.Slot product = new AnswerFact.Slot("product", name);
        if (p.description() != null) {
            add(facts, new AnswerFact(id + "description", name + " " + name + " " + words.topic("description"),
                    words.frame("description", name, p.description()), List.of(product)));
        }
        if (!p.features().isEmpty()) {
            add(facts, new AnswerFact(id + "features", name + " " + words.topic("features"),
                    words.frame("features", name, phrases.list(p.features())),
                    withIndexed(product, "feature", p.features())));
        }
        if (!p.benefits().isEmpty()) {
            add(facts, new AnswerFact(id + "benefits", name + " " + words.topic("benefits"),
                    words.frame("benefits", name, phrases.list(p.benefits())),
                    withIndexed(product, "benefit", p.benefits())));
        }
        if (p.price() != null) {
            add(facts, new AnswerFact(id + "price", name + " " + words.topic("price"),
                    words.frame(p.price().free() ? "price_free" : "price", name, p.price().text()),
                    List.of(product, new AnswerFact.Slot("price", p.price().text()))));
        }
        if (p.url() != null) {
            add(facts, new AnswerFact(id + "url", name + " " + words.topic("url"), words.frame("url", name, p.url())));
        }
    }

    private static void bundle(Map<String, AnswerFact> facts, Offering.Bundle b, FactWording words, Phrases phrases) {
        String id = "bundle." + b.id() + ".";
        String name = b.name();
        List<String> items = b.items().stream().map(Offering.Item::text).toList();
        String itemNames = String.join(" ", b.items().stream().map(Offering.Item::name).toList());
        add(facts, new AnswerFact(id + "items", name + " " + name + " " + itemNames + " " + words.topic("items"),
                words.frame("items", name, phrases.list(items))));
        if (b.price() != null) {
            add(facts, new AnswerFact(id + "price", name + " " + words.topic("bundle_price"),
                    words.frame("bundle_price", name, b.price().text())));
        }
        if (b.savings() != null) {
            add(facts, new AnswerFact(id + "saving", name + " " + words.topic("saving"),
                    words.frame("saving", name, b.price().text(), b.itemsTotal().text(), b.savings().text(),
                            b.savingsPercent())));
        }
    }

    /**
     * A promo's code, discount, end date and conditions once, each fact naming the products it applies
     * to; its sale price once per product ("promo.spring.price.checkup").
     */
    private static void promos(Map<String, AnswerFact> facts, List<Interpreter.Offers.PromoOn> promos,
                               FactWording words, Phrases phrases) {
        Map<String, List<Interpreter.Offers.PromoOn>> byPromo = new LinkedHashMap<>();
        promos.forEach(p -> byPromo.computeIfAbsent(p.promo().id(), k -> new ArrayList<>()).add(p));
        for (var entry : byPromo.entrySet()) {
            String id = "promo." + entry.getKey() + ".";
            Brief.Promo first = entry.getValue().get(0).promo();
            List<String> names = entry.getValue().stream().map(p -> p.offering().name()).toList();
            String on = phrases.list(names);
            String label = first.code() != null ? first.code() : entry.getKey().replace('_', ' ');
            String about = label + " " + entry.getKey().replace('_', ' ') + " " + String.join(" ", names) + " ";
            if (first.code() != null) {
                add(facts, new AnswerFact(id + "code", about + words.topic("code"), words.frame("code", on, first.code()),
                        List.of(new AnswerFact.Slot("code", first.code()))));
            }
            add(facts, new AnswerFact(id + "discount", about + words.topic("discount"),
                    words.frame("discount", label, first.discountText(), on),
                    List.of(new AnswerFact.Slot("discount", first.discountText()))));
            if (first.ends() != null) {
                add(facts, new AnswerFact(id + "ends", about + words.topic("ends"), words.frame("ends", label, first.ends().text()),
                        List.of(new AnswerFact.Slot("ends", first.ends().text()))));
            }
            if (first.conditions() != null && !first.conditions().isBlank()) {
                add(facts, new AnswerFact(id + "conditions", about + words.topic("conditions"),
                        words.frame("conditions", label, first.conditions())));
            }
            for (Interpreter.Offers.PromoOn p : entry.getValue()) {
                Brief.Promo promo = p.promo();
                String name = p.offering().name();
                add(facts, new AnswerFact(id + "price." + p.offering().id(), label + " " + name + " " + words.topic("sale_price"),
                        words.frame("sale_price", label, name, promo.salePrice().text(), p.offering().price().text()),
                        List.of(new AnswerFact.Slot("product", name), new AnswerFact.Slot("sale_price", promo.salePrice().text()),
                                new AnswerFact.Slot("price", p.offering().price().text()),
                                new AnswerFact.Slot("offer", promo.offerLine()))));
            }
        }
    }

    private static List<AnswerFact.Slot> withIndexed(AnswerFact.Slot first, String slot, List<String> values) {
        List<AnswerFact.Slot> out = new ArrayList<>(List.of(first));
        for (int i = 0; i < values.size(); i++) out.add(new AnswerFact.Slot(slot + "." + i, values.get(i)));
        return out;
    }
}
