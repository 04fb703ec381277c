package io.copydeck.bench;

import java.util.List;

/**
 * Writes a large, valid campaign spec for benchmarks: one brand, thousands of products and
 * audiences, and one campaign with thousands of promos, bundles and channels of every kind,
 * with comments throughout. The output depends only on the line count asked for, so every
 * run of a benchmark measures the same text.
 */
public final class SpecGenerator {
    /** The line count the figure is quoted for. */
    public static final int BENCH_LINES = 50_000;

    private static final List<String> CHANNEL_KINDS = List.of("email", "sms", "push", "twitter", "linkedin",
            "instagram", "facebook_ad", "google_ad", "landing_page", "blog_post");

    private final StringBuilder topLevel = new StringBuilder();
    private final StringBuilder pricing = new StringBuilder();
    private final StringBuilder channels = new StringBuilder();
    private int lines;
    private int products;
    private int audiences;
    private int promos;
    private int bundles;
    private int channelCount;

    private SpecGenerator() {}

    /** A spec of at least {@code minLines} lines (it stops at the first block that reaches it). */
    public static String generate(int minLines) {
        return new SpecGenerator().build(minLines);
    }

    private String build(int minLines) {
        brand();
        // The campaign's fixed lines and the closing braces, counted up front.
        lines += 20;
        for (int round = 0; lines < minLines; round++) {
            product();
            if (round % 2 == 0) audience();
            if (round % 2 == 1) promo();
            if (round % 3 == 2) bundle();
            if (round % 2 == 0) channel();
        }
        return topLevel + campaign();
    }

    private void brand() {
        append(topLevel, """
                // Generated for benchmarks by io.copydeck.bench.SpecGenerator.
                brand bench_brand {
                  name: "Bench Coffee"
                  tagline: "Coffee for every morning"
                  voice: warm, playful, confident
                  avoid: "cheap", "instant coffee taste"
                  legal: "Bench Coffee Co., 1 Test Street, Portland, OR 97201"
                }

                """);
    }

    private void product() {
        int n = products++;
        append(topLevel, String.format("""
                /* Product %1$d: a can of the house blend. */
                product p%1$d {
                  name: "Bench Product %1$d"
                  description: "A ready-to-drink coffee, recipe %1$d."
                  features: "18-hour brew", "no added sugar", "recyclable can"
                  benefits: "cafe-quality coffee in 30 seconds"
                  price: %2$d.%3$02d USD // regular price
                  sku: "BP-%1$05d"
                  url: "https://bench.example/p/%1$d"
                }
                """, n, 2 + n % 17, n % 100));
    }

    private void audience() {
        int n = audiences++;
        append(topLevel, String.format("""
                audience a%1$d {
                  description: "Audience segment %1$d"
                  age: %2$d..%3$d
                  pains: "no time for breakfast", "bitter office coffee"
                  motivations: "convenience", "small daily luxuries"
                  channels_preferred: email, sms, twitter
                }
                """, n, 18 + n % 30, 50 + n % 20));
    }

    private void promo() {
        int n = promos++;
        // The products that channel() promoted a round earlier, so that no promo is left unpromoted.
        int product = Math.max(0, products - 2);
        append(pricing, String.format("""
                    // Promo %1$d ends inside the window.
                    promo promo%1$d {
                      code: "SAVE%1$d"
                      discount: %2$d%%
                      applies: p%3$d, p%4$d
                      ends: 2027-03-%5$02d
                    }
                """, n, 5 + n % 30, product, product / 2, 1 + n % 28));
    }

    private void bundle() {
        int n = bundles++;
        int product = Math.max(0, products - 1);
        append(pricing, String.format("""
                    bundle bundle%1$d {
                      name: "Bench Pack %1$d"
                      items: p%2$d x 12, p%3$d
                      price: 1.99 USD
                    }
                """, n, product, product / 3));
    }

    private void channel() {
        int n = channelCount++;
        String kind = CHANNEL_KINDS.get(n % CHANNEL_KINDS.size());
        append(channels, String.format("""
                  channel %1$s c%2$d {
                    audience: a%3$d
                    products: p%4$d, p%5$d
                    variants: %6$d
                    tone: friendly, upbeat
                    cta: "Order now"
                %7$s    generation { temperature: 0.8; top_p: 0.92; seed: %2$d }
                  }
                """, kind, n, Math.max(0, audiences - 1), Math.max(0, products - 1), n % Math.max(1, products),
                1 + n % 10, extras(kind)));
    }

    /** What each kind needs to be valid and free of compliance warnings. */
    private static String extras(String kind) {
        return switch (kind) {
            case "sms" -> "    must_include: \"Reply STOP to opt out\"\n    limits { text: 160 chars }\n";
            case "email" -> "    limits { subject: 60 chars, body: 120 words }\n";
            case "twitter", "instagram" -> "    hashtags: \"#Coffee\", \"#Morning\"\n";
            default -> "";
        };
    }

    private String campaign() {
        StringBuilder out = new StringBuilder();
        out.append("""

                /* The one campaign: every promo, bundle and channel lives here. */
                campaign bench {
                  title: "Bench Launch"
                  brand: bench_brand
                  objective: conversion
                  locale: "en-US"
                  window: 2027-03-01 .. 2027-04-15

                  positioning {
                    for: a0
                    category: "ready-to-drink cold brew"
                    benefit: "cafe-quality coffee in 30 seconds"
                  }

                  pricing {
                    strategy: penetration
                """);
        out.append(pricing).append("  }\n\n").append(channels).append("}\n");
        return out.toString();
    }

    private void append(StringBuilder to, String text) {
        to.append(text);
        lines += (int) text.chars().filter(c -> c == '\n').count();
    }
}
