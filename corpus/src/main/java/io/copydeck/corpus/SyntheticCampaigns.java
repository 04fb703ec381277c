package io.copydeck.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes varied, valid campaign specs in the campaign language, from a seed: brand, products
 * of one category, audiences, positioning, a promo and sometimes a bundle, and a mix of
 * channels. The corpus runs them through the real checker, interpreter and templates.
 */
final class SyntheticCampaigns {
    private final Random random;

    SyntheticCampaigns(long seed) {
        this.random = new Random(seed);
    }

    String next(int index) {
        Vocabulary.Category category = pick(Vocabulary.CATEGORIES);
        boolean gb = random.nextInt(3) == 0;
        String currency = gb ? "GBP" : "USD";
        String brandName = pick(Vocabulary.BRAND_FIRST) + " " + pick(Vocabulary.BRAND_SECOND);
        StringBuilder s = new StringBuilder();
        s.append("brand b").append(index).append(" {\n");
        s.append("  name: ").append(q(brandName)).append('\n');
        s.append("  tagline: ").append(q(pick(Vocabulary.TAGLINES))).append('\n');
        s.append("  voice: ").append(String.join(", ", sample(Vocabulary.VOICES, 2 + random.nextInt(2)))).append('\n');
        s.append("  avoid: \"cheap\", ").append(q(pick(category.alternatives()))).append('\n');
        s.append("  legal: ").append(q(brandName + " Ltd., " + (1 + random.nextInt(120)) + " "
                + pick(Vocabulary.STREETS) + ", " + pick(Vocabulary.CITIES))).append('\n');
        s.append("}\n\n");

        List<String> productNames = sample(category.products(), 2 + random.nextInt(2));
        List<String> productIds = new ArrayList<>();
        List<Double> prices = new ArrayList<>();
        for (String name : productNames) {
            String id = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
            productIds.add(id);
            double price = round(category.minPrice() + random.nextDouble() * (category.maxPrice() - category.minPrice()));
            prices.add(price);
            s.append("product ").append(id).append(" {\n");
            s.append("  name: ").append(q(brandName.split(" ")[0] + " " + name)).append('\n');
            s.append("  description: ").append(q(capitalise(category.name()) + ", " + pick(category.units()) + "."))
                    .append('\n');
            s.append("  features: ").append(quoted(sample(category.features(), 2 + random.nextInt(2)))).append('\n');
            s.append("  benefits: ").append(q(pick(category.benefits()))).append('\n');
            s.append("  price: ").append(String.format(Locale.ROOT, "%.2f", price)).append(' ').append(currency).append('\n');
            s.append("  url: ").append(q("https://" + brandName.split(" ")[0].toLowerCase(Locale.ROOT) + ".example/" + id))
                    .append('\n');
            s.append("}\n\n");
        }

        List<Vocabulary.AudienceType> audiences = sample(Vocabulary.AUDIENCES, 1 + random.nextInt(2));
        LocalDate start = LocalDate.of(2027, 1, 1).plusDays(random.nextInt(300));
        LocalDate end = start.plusDays(14 + random.nextInt(60));
        s.append("campaign c").append(index).append(" {\n");
        s.append("  title: ").append(q(capitalise(pick(Vocabulary.PROMO_WORDS).toLowerCase(Locale.ROOT)) + " "
                + category.name() + " campaign")).append('\n');
        s.append("  brand: b").append(index).append('\n');
        s.append("  objective: ").append(pick(Vocabulary.OBJECTIVES)).append('\n');
        s.append("  locale: ").append(q(gb ? "en-GB" : "en-US")).append('\n');
        s.append("  window: ").append(start).append(" .. ").append(end).append("\n\n");
        for (Vocabulary.AudienceType a : audiences) {
            s.append("  audience ").append(a.id()).append(" {\n");
            s.append("    description: ").append(q(a.description())).append('\n');
            s.append("    pains: ").append(quoted(a.pains())).append('\n');
            s.append("    motivations: ").append(quoted(a.motivations())).append('\n');
            s.append("  }\n");
        }
        s.append("  positioning {\n");
        s.append("    for: ").append(audiences.get(0).id()).append('\n');
        s.append("    category: ").append(q(category.name())).append('\n');
        s.append("    benefit: ").append(q(pick(category.benefits()))).append('\n');
        s.append("    unlike: ").append(q(pick(category.alternatives()))).append('\n');
        s.append("  }\n");

        boolean promo = random.nextInt(10) < 7;
        String code = pick(Vocabulary.PROMO_WORDS) + (10 + 5 * random.nextInt(5));
        boolean bundle = productIds.size() >= 2 && random.nextInt(10) < 4;
        if (promo || bundle) {
            s.append("  pricing {\n    strategy: ").append(pick(Vocabulary.STRATEGIES)).append('\n');
            if (promo) {
                s.append("    promo deal {\n      code: ").append(q(code)).append('\n');
                s.append("      discount: ").append(code.replaceAll("\\D", "")).append("%\n");
                s.append("      applies: ").append(String.join(", ", productIds)).append('\n');
                s.append("      ends: ").append(start.plusDays(7 + random.nextInt((int) (end.toEpochDay() - start.toEpochDay() - 7))))
                        .append("\n    }\n");
            }
            if (bundle) {
                double sum = prices.get(0) + prices.get(1) * 2;
                s.append("    bundle duo {\n      name: ").append(q(productNames.get(0) + " Duo")).append('\n');
                s.append("      items: ").append(productIds.get(0)).append(", ").append(productIds.get(1)).append(" x 2\n");
                s.append("      price: ").append(String.format(Locale.ROOT, "%.2f", Math.floor(sum * 0.85) + 0.99)).append(' ')
                        .append(currency).append("\n    }\n");
            }
            s.append("  }\n");
        }

        List<String> kinds = new ArrayList<>(List.of("email", "sms", "push", "twitter", "linkedin", "instagram",
                "facebook_ad", "google_ad", "landing_page", "blog_post"));
        Collections.shuffle(kinds, random);
        for (String kind : kinds.subList(0, 4 + random.nextInt(4))) {
            s.append("  channel ").append(kind).append(" {\n");
            s.append("    products: ").append(productIds.get(random.nextInt(productIds.size())));
            if (bundle && random.nextBoolean()) s.append(", duo");
            s.append('\n');
            if (audiences.size() > 1 && random.nextBoolean()) s.append("    audience: ").append(audiences.get(1).id()).append('\n');
            if (promo && random.nextInt(10) < 6) s.append("    promo: deal\n");
            s.append("    variants: ").append(1 + random.nextInt(2)).append('\n');
            s.append("    tone: ").append(String.join(", ", sample(Vocabulary.TONES, 1 + random.nextInt(2)))).append('\n');
            s.append("    cta: ").append(q(pick(Vocabulary.CTAS))).append('\n');
            if (kind.equals("sms")) {
                s.append("    must_include: ").append(promo ? q(code) + ", " : "").append("\"Reply STOP to opt out\"\n");
            }
            if (kind.equals("twitter") || kind.equals("instagram")) {
                s.append("    hashtags: ").append(q("#" + pick(Vocabulary.HASHTAG_WORDS))).append('\n');
            }
            if (kind.equals("email") && random.nextBoolean()) s.append("    limits { subject: ").append(40 + random.nextInt(30))
                    .append(" chars, body: ").append(60 + random.nextInt(80)).append(" words }\n");
            if (kind.equals("twitter") && random.nextBoolean()) s.append("    limits { text: ").append(140 + random.nextInt(100))
                    .append(" chars }\n");
            s.append("  }\n");
        }
        s.append("}\n");
        return s.toString();
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

    private static String quoted(List<String> values) {
        return String.join(", ", values.stream().map(SyntheticCampaigns::q).toList());
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
