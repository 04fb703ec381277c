package io.copydeck.strapi;

import io.copydeck.compiler.BuildPipeline;
import io.copydeck.compiler.BuildProgress;
import io.copydeck.compiler.CompletionSource;
import io.copydeck.compiler.ModelHandle;
import io.copydeck.dsl.check.CheckResult;
import io.copydeck.dsl.check.Checker;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real build output with FAQ pages: a campaign of the example brand (examples/shared/northwind-brand.campaign,
 * with its support block) whose only channel is `faq`, built by the compiler's pipeline into a folder. An FAQ page
 * is planned from declared facts, so the build asks no model: the handle refuses to load one, which proves it.
 */
final class FaqPageBuild {
    static final String SPEC = """
            import "shared/northwind-brand.campaign"

            campaign CAMPAIGN {
              title: "Tea questions"
              brand: northwind
              locale: "en-GB"
              audience tea_drinkers { description: "People who drink loose-leaf tea" }
              positioning { for: tea_drinkers; category: "loose-leaf tea"; benefit: "fresh tea" }
              pricing {
                bundle desk_duo { name: "Desk Duo"; items: green_sencha, chai_blend; price: 19.00 GBP }
              }
              channel faq { products: PRODUCTS }
            }
            """;

    private FaqPageBuild() {
    }

    /** Builds the campaign {@code campaign}, with pages for Morning Sencha and the Desk Duo, in {@code dir}. */
    static Path build(Path dir, String campaign) throws Exception {
        return build(dir, campaign, "green_sencha, desk_duo");
    }

    /** Builds the campaign with a page for each of {@code products} in {@code dir}; returns its output folder. */
    static Path build(Path dir, String campaign, String products) throws Exception {
        Path root = Path.of(System.getProperty("copydeck.root", "../.."));
        Files.createDirectories(dir.resolve("shared"));
        Files.copy(root.resolve("examples/shared/northwind-brand.campaign"), dir.resolve("shared/northwind-brand.campaign"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path spec = dir.resolve("faq.campaign");
        Files.writeString(spec, SPEC.replace("CAMPAIGN", campaign).replace("PRODUCTS", products));
        CheckResult checked = Checker.check(spec);
        if (checked.hasErrors()) {
            throw new IllegalStateException(checked.diagnostics().toString());
        }
        Path out = dir.resolve("out");
        new BuildPipeline(NO_MODEL, BuildProgress.SILENT).build(checked, spec,
                new BuildPipeline.Options(out, dir.resolve("cache"), 2, 1, 4));
        return out;
    }

    private static final ModelHandle NO_MODEL = new ModelHandle() {
        @Override
        public String checksum() {
            return "no-model";
        }

        @Override
        public String name() {
            return "none";
        }

        @Override
        public int countTokens(String text) {
            throw new AssertionError("an FAQ page counts no tokens");
        }

        @Override
        public int contextTokens() {
            return 1024;
        }

        @Override
        public CompletionSource open() {
            throw new AssertionError("an FAQ page is planned, never generated: no model is loaded");
        }
    };
}
