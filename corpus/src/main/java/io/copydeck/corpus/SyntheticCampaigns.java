package io.copydeck.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes varied, valid campaign specs in the campaign language, from a seed. Prompts show the brief
 * by slot (docs/slots.md), so what must vary is the brief's structure more than its words: 0–3
 * benefits, features and pains, with or without a positioning and its need, proof and unlike, a
 * promo with or without code, end date and conditions, percentage or amount discounts, bundles of
 * two or three items, free offerings, a declared call to action or none, 0–2 tones, every
 * objective, every channel kind (some named), variants and per-field limits. Every slot of
 * docs/slots.md is exercised. The corpus runs the specs through the real checker, interpreter and
 * templates. Same seed, same specs.
 */
final class SyntheticCampaigns {
    private final Random random;
    private final Vocabulary.Words w;

    SyntheticCampaigns(long seed) {
        this(seed, Vocabulary.ENGLISH);
    }

    /** Campaigns in the words' language (English: {@link Vocabulary#ENGLISH}, German: {@link GermanVocabulary#WORDS}). */
    SyntheticCampaigns(long seed, Vocabulary.Words words) {
        this.random = new Random(seed);
        this.w = words;
    }

    private boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    String next(int index) {
        Vocabulary.Category category = pick(w.categories());
        Vocabulary.Market market = w.markets().get(random.nextInt(3) == 0 ? 1 : 0);
        String currency = market.currency();
        String brandName = pick(w.brandFirst()) + " " + pick(w.brandSecond());
        StringBuilder s = new StringBuilder();
        s.append("brand b").append(index).append(" {\n");
        s.append("  name: ").append(q(brandName)).append('\n');
        if (chance(60)) s.append("  tagline: ").append(q(pick(w.taglines()))).append('\n');
        if (chance(80)) s.append("  voice: ").append(words(sample(w.voices(), 1 + random.nextInt(3)))).append('\n');
        s.append("  avoid: ").append(q(w.cheap())).append(", ").append(q(pick(category.alternatives()))).append('\n');
        int house = 1 + random.nextInt(120);
        String street = pick(w.streets());
        s.append("  legal: ").append(q(String.format(Locale.ROOT, w.legal(), brandName, house, street, pick(w.cities()))))
                .append('\n');
        s.append("}\n\n");

        List<String> productNames = sample(category.products(), 2 + random.nextInt(2));
        List<String> productIds = new ArrayList<>();
        List<Double> prices = new ArrayList<>();
        for (String name : productNames) {
            String id = ascii(name).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
            productIds.add(id);
            double price = category.maxPrice() == 0 || (category.minPrice() == 0 && chance(35)) ? 0
                    : round(Math.max(category.minPrice(), 2) + random.nextDouble()
                    * (category.maxPrice() - Math.max(category.minPrice(), 2)));
            prices.add(price);
            s.append("product ").append(id).append(" {\n");
            s.append("  name: ").append(q(brandName.split(" ")[0] + " " + name)).append('\n');
            if (chance(70)) s.append("  description: ").append(q(capitalise(category.name()) + ".")).append('\n');
            int features = random.nextInt(4);
            if (features > 0) s.append("  features: ").append(quoted(sample(category.features(), features))).append('\n');
            int benefits = random.nextInt(4);
            if (benefits > 0) s.append("  benefits: ").append(quoted(shaped(sample(category.benefits(), benefits), 35,
                    w.verbBenefits(), 12, w.clauseBenefits()))).append('\n');
            s.append("  price: ").append(String.format(Locale.ROOT, "%.2f", price)).append(' ').append(currency).append('\n');
            if (chance(70)) s.append("  url: ").append(q("https://" + ascii(brandName.split(" ")[0])
                    + ".example/" + id)).append('\n');
            s.append("}\n\n");
        }

        List<Vocabulary.AudienceType> audiences = sample(w.audiences(), 1 + random.nextInt(2));
        LocalDate start = LocalDate.of(2027, 1, 1).plusDays(random.nextInt(300));
        LocalDate end = start.plusDays(14 + random.nextInt(60));
        s.append("campaign c").append(index).append(" {\n");
        s.append("  title: ").append(q(String.format(Locale.ROOT, w.title(),
                capitalise(pick(w.promoWords()).toLowerCase(Locale.ROOT)), category.name()))).append('\n');
        s.append("  brand: b").append(index).append('\n');
        if (chance(85)) s.append("  objective: ").append(pick(Vocabulary.OBJECTIVES)).append('\n');
        s.append("  locale: ").append(q(market.locale())).append('\n');
        s.append("  window: ").append(start).append(" .. ").append(end).append("\n\n");
        for (Vocabulary.AudienceType a : audiences) {
            s.append("  audience ").append(a.id()).append(" {\n");
            s.append("    description: ").append(q(a.description())).append('\n');
            int pains = random.nextInt(4);
            if (pains > 0) s.append("    pains: ").append(quoted(shaped(sample(a.pains(), pains), 15,
                    w.verbPains(), 0, List.of()))).append('\n');
            int motivations = random.nextInt(3);
            if (motivations > 0) s.append("    motivations: ").append(quoted(shaped(sample(a.motivations(), motivations), 35,
                    w.verbMotivations(), 0, List.of()))).append('\n');
            s.append("  }\n");
        }
        boolean positioned = chance(80);
        if (positioned) {
            s.append("  positioning {\n");
            s.append("    for: ").append(audiences.get(0).id()).append('\n');
            if (chance(50)) s.append("    need: ").append(q(chance(25) ? pick(w.verbNeeds()) : pick(category.needs())))
                    .append('\n');
            s.append("    category: ").append(q(category.name())).append('\n');
            s.append("    benefit: ").append(q(shaped(List.of(pick(category.benefits())), 30, w.verbBenefits(), 10,
                    w.clauseBenefits()).get(0))).append('\n');
            if (chance(60)) s.append("    unlike: ").append(q(pick(category.alternatives()))).append('\n');
            if (chance(45)) s.append("    proof: ").append(q(pick(category.proofs()))).append('\n');
            s.append("  }\n");
        }

        List<String> paid = new ArrayList<>();
        for (int i = 0; i < productIds.size(); i++) if (prices.get(i) > 0) paid.add(productIds.get(i));
        boolean promo = !paid.isEmpty() && chance(60);
        boolean withCode = chance(80);
        String code = pick(w.promoWords()) + (10 + 5 * random.nextInt(5));
        List<Integer> bundleItems = new ArrayList<>();
        for (int i = 0; i < productIds.size(); i++) if (prices.get(i) > 0) bundleItems.add(i);
        boolean bundle = bundleItems.size() >= 2 && chance(45);
        if (promo || bundle) {
            s.append("  pricing {\n    strategy: ").append(pick(Vocabulary.STRATEGIES)).append('\n');
            if (promo) {
                s.append("    promo deal {\n");
                if (withCode) s.append("      code: ").append(q(code)).append('\n');
                double cheapest = paid.stream().mapToDouble(id -> prices.get(productIds.indexOf(id))).min().orElse(0);
                if (chance(75) || cheapest < 6) {
                    s.append("      discount: ").append(10 + 5 * random.nextInt(5)).append("%\n");
                } else {
                    s.append("      discount: ").append(String.format(Locale.ROOT, "%.2f", (double) (1 + random.nextInt(
                            (int) Math.min(20, cheapest / 2))))).append(' ').append(currency).append('\n');
                }
                s.append("      applies: ").append(String.join(", ", paid)).append('\n');
                if (chance(65)) s.append("      ends: ").append(start.plusDays(7 + random.nextInt(
                        (int) (end.toEpochDay() - start.toEpochDay() - 7)))).append('\n');
                if (chance(30)) s.append("      conditions: ").append(q(pick(w.conditions()))).append('\n');
                s.append("    }\n");
            }
            if (bundle) {
                int a = bundleItems.get(0);
                int b = bundleItems.get(1);
                int qty = 1 + random.nextInt(3);
                double sum = prices.get(a) + prices.get(b) * qty;
                String items = productIds.get(a) + ", " + productIds.get(b) + (qty > 1 ? " x " + qty : "");
                if (bundleItems.size() > 2 && chance(50)) {
                    items += ", " + productIds.get(bundleItems.get(2));
                    sum += prices.get(bundleItems.get(2));
                }
                double price = chance(85) ? Math.floor(sum * (0.7 + 0.02 * random.nextInt(10))) + 0.99 : sum;
                if (price > sum) price = sum;
                s.append("    bundle duo {\n      name: ").append(q(productNames.get(a) + " " + pick(w.bundleNames()))).append('\n');
                s.append("      items: ").append(items).append('\n');
                s.append("      price: ").append(String.format(Locale.ROOT, "%.2f", price)).append(' ')
                        .append(currency).append("\n    }\n");
            }
            s.append("  }\n");
        }

        List<String> kinds = new ArrayList<>(List.of("email", "sms", "push", "twitter", "linkedin", "instagram",
                "facebook_ad", "google_ad", "landing_page", "blog_post"));
        Collections.shuffle(kinds, random);
        List<String> names = new ArrayList<>();
        for (String kind : kinds.subList(0, 4 + random.nextInt(4))) {
            List<String> instances = new ArrayList<>(List.of(kind));
            if (kind.equals("email") && chance(30)) instances.add(kind);
            for (String k : instances) {
                String name = instances.size() > 1 || chance(25) ? pick(w.channelNames()) : k;
                if (names.contains(name)) name = name + "_" + names.size();
                names.add(name);
                channel(s, k, name.equals(k) ? "" : " " + name, productIds, bundle, promo, audiences, positioned);
            }
        }
        s.append("}\n");
        return s.toString();
    }

    private void channel(StringBuilder s, String kind, String name, List<String> productIds, boolean bundle,
                         boolean promo, List<Vocabulary.AudienceType> audiences, boolean positioned) {
        s.append("  channel ").append(kind).append(name).append(" {\n");
        if (bundle && chance(40)) {
            s.append("    products: duo\n");
        } else {
            s.append("    products: ").append(productIds.get(random.nextInt(productIds.size())));
            if (bundle && chance(30)) s.append(", duo");
            s.append('\n');
        }
        if (audiences.size() > 1 && random.nextBoolean()) {
            s.append("    audience: ").append(audiences.get(1).id()).append('\n');
        } else if (!positioned) {
            s.append("    audience: ").append(audiences.get(0).id()).append('\n');
        }
        if (promo && chance(65)) s.append("    promo: deal\n");
        int variants = chance(85) ? 1 + random.nextInt(2) : chance(70) ? 3 : 4 + random.nextInt(7);
        if (variants > 1 || chance(50)) s.append("    variants: ").append(variants).append('\n');
        int tones = random.nextInt(10) < 2 ? 0 : 1 + random.nextInt(2);
        if (tones > 0) s.append("    tone: ").append(words(sample(w.tones(), tones))).append('\n');
        if (chance(65)) s.append("    cta: ").append(q(pick(w.ctas()))).append('\n');
        if (chance(45)) s.append("    formula: ").append(pick(List.of("aida", "pas", "bab", "fab"))).append('\n');
        if ((kind.equals("twitter") || kind.equals("instagram") || kind.equals("linkedin")) && chance(60)) {
            s.append("    hashtags: ").append(q("#" + pick(w.hashtagWords()))).append('\n');
        }
        String limits = limits(kind);
        if (!limits.isEmpty()) s.append("    limits { ").append(limits).append(" }\n");
        s.append("  }\n");
    }

    /** Per-field limits, sometimes: tighter than the platform's, never so tight that no copy fits. */
    private String limits(String kind) {
        List<String> l = new ArrayList<>();
        switch (kind) {
            case "email" -> {
                if (chance(40)) l.add("subject: " + (45 + random.nextInt(30)) + " chars");
                if (chance(20)) l.add("preheader: " + (70 + random.nextInt(40)) + " chars");
                if (chance(45)) l.add("body: " + (60 + random.nextInt(90)) + " words");
            }
            case "twitter" -> { if (chance(40)) l.add("text: " + (140 + random.nextInt(100)) + " chars"); }
            case "push" -> { if (chance(30)) l.add("text: " + (90 + random.nextInt(50)) + " chars"); }
            case "linkedin" -> { if (chance(35)) l.add("text: " + (60 + random.nextInt(80)) + " words"); }
            case "instagram" -> { if (chance(30)) l.add("caption: " + (150 + random.nextInt(200)) + " chars"); }
            case "landing_page" -> { if (chance(30)) l.add("hero_title: " + (45 + random.nextInt(25)) + " chars"); }
            case "blog_post" -> {
                if (chance(35)) l.add("intro: " + (40 + random.nextInt(50)) + " words");
                if (chance(20)) l.add("body: " + (320 + random.nextInt(300)) + " words");
            }
            default -> { }
        }
        return String.join(", ", l);
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private <T> List<T> sample(List<T> list, int n) {
        List<T> copy = new ArrayList<>(list);
        Collections.shuffle(copy, random);
        return copy.subList(0, Math.min(n, copy.size()));
    }

    /** Shop prices: whole units then .99 or .49. */
    private double round(double d) {
        return Math.floor(d) + (random.nextBoolean() ? 0.99 : 0.49);
    }

    static String q(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** Lowercase, in ASCII letters as names and host names need: "Brückner" is "brueckner". */
    private static String ascii(String s) {
        return s.toLowerCase(Locale.ROOT).replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
    }

    /** Style words as the language takes them: a plain name as is ("warm"), any other in quotes ("persönlich"). */
    private static String words(List<String> values) {
        return String.join(", ", values.stream().map(v -> v.matches("[a-z_]+") ? v : q(v)).toList());
    }

    private static String quoted(List<String> values) {
        return String.join(", ", values.stream().map(SyntheticCampaigns::q).toList());
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /**
     * The facts with some taken from the pools of other shapes instead: each, at {@code verbChance}
     * percent, a verb phrase, else at {@code clauseChance} a clause; each fact once.
     */
    private List<String> shaped(List<String> facts, int verbChance, List<String> verbs, int clauseChance, List<String> clauses) {
        List<String> out = new ArrayList<>();
        for (String fact : facts) {
            String f = fact;
            if (chance(verbChance)) f = pick(verbs);
            else if (!clauses.isEmpty() && chance(clauseChance)) f = pick(clauses);
            if (!out.contains(f)) out.add(f);
        }
        return out;
    }
}
