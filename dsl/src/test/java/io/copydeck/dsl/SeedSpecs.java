package io.copydeck.dsl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The specs that fuzzing starts from: every example of the contract (when ../shared is there)
 * and a few inline samples, so the fuzz test still means something in a checkout without it.
 * Each keeps a path under one virtual folder, so that the examples' imports still resolve.
 */
final class SeedSpecs {
    static final Path ROOT = Path.of("/fuzz/examples").toAbsolutePath();

    record Seed(Path path, String text) {}

    private SeedSpecs() {}

    static List<Seed> all() {
        List<Seed> seeds = new ArrayList<>(examples());
        seeds.addAll(INLINE);
        return seeds;
    }

    static List<Seed> examples() {
        Path dir = Path.of(System.getProperty("copydeck.root", "."), "..", "shared", "spec", "examples").normalize();
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".campaign")).sorted()
                    .map(p -> new Seed(ROOT.resolve(dir.relativize(p).toString()), read(p))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every seed, served from memory under its virtual path. */
    static InMemorySources sources() {
        InMemorySources sources = new InMemorySources();
        for (Seed s : all()) sources.with(s.path(), s.text());
        return sources;
    }

    /** Small specs that between them use every kind of value and block the grammar knows. */
    private static final List<Seed> INLINE = List.of(
            new Seed(ROOT.resolve("inline/complete.campaign"), """
                    brand acme {
                      name: "Acme \\"Rockets\\" \\u00E9\\t\\\\"
                      voice: bold, "no jargon"
                      avoid: "cheap"
                      legal: \"\"\"
                          Acme Inc.
                            1 Road Runner Way
                          \"\"\"
                    }
                    product rocket { name: "Rocket"; price: 19.99 USD; url: "https://acme.example/r" }
                    product skates { name: "Skates", price: 5 USD, sku: "SK-1" }
                    audience coyotes { description: "Hungry"; age: 3..9; channels_preferred: sms, email }
                    campaign launch {
                      title: "Launch"
                      brand: acme
                      objective: launch
                      locale: "en-GB"
                      window: 2027-01-01 .. 2027-12-31
                      positioning { for: coyotes; category: "gear"; benefit: "speed"; proof: "best #1" }
                      pricing {
                        strategy: bundle
                        promo p { code: "GO"; discount: 5 USD; applies: rocket, skates; ends: 2027-06-30 }
                        promo q { discount: 100%; applies: skates }
                        bundle kit { name: "Kit"; items: rocket x 2, skates; price: 40 USD }
                      }
                      channel email { audience: coyotes; limits { subject: 70 chars, body: 3 sentences } }
                      channel facebook_ad ad { variants: 50; template: "t.ftl"
                        generation { temperature: 5; top_k: 0; top_p: 1; repetition_penalty: 1.2; max_tokens: 64 } }
                      channel sms { promo: q; must_include: "free" }
                    }
                    """),
            new Seed(ROOT.resolve("inline/imports.campaign"), """
                    import "../shared/aurora-brand.campaign"
                    import "complete.campaign"
                    import "imports.campaign"
                    campaign c { title: "T"; brand: aurora; channel push { limits { title: 10 words } } }
                    """),
            new Seed(ROOT.resolve("inline/comments.campaign"), """
                    /* unclosed? no */ // line
                    product p { name: "P" /* inside */ price: 1 EUR } // trailing
                    product q { name: "Q"; price: 2 JPY; description: "x" }
                    """));
}
