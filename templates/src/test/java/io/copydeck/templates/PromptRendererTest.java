package io.copydeck.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.copydeck.dsl.check.CheckResult;
import io.copydeck.dsl.check.Checker;
import io.copydeck.dsl.diag.Code;
import io.copydeck.dsl.diag.Diagnostic;
import io.copydeck.dsl.plan.Interpreter;
import io.copydeck.dsl.plan.Plan;
import io.copydeck.dsl.schema.ChannelKind;
import io.copydeck.dsl.schema.FieldKind;
import io.copydeck.dsl.schema.Schema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

class PromptRendererTest {
    @TempDir
    Path dir;

    @Test
    void everyFieldOfEveryChannelKindHasABuiltInTemplate() throws Exception {
        try (TemplateEngine engine = new TemplateEngine(null)) {
            for (ChannelKind kind : Schema.get().channelKinds()) {
                for (FieldKind field : kind.fields()) {
                    if (field.planned()) continue; // written from the facts, never prompted
                    String name = PromptRenderer.builtinName(kind.name(), field.name());
                    assertTrue(engine.exists(name), "missing " + name);
                }
                for (String ext : LayoutRenderer.extensions(kind.name())) {
                    String layout = new LayoutRenderer(engine).templateFor(kind.name(), ext);
                    assertTrue(engine.exists(layout), "missing layout " + layout);
                }
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> everyJobOfEveryExampleRendersAPromptThatEndsWithItsCue() {
        return Examples.campaigns().stream().map(spec -> DynamicTest.dynamicTest(spec.getFileName().toString(), () -> {
            CheckResult checked = Checker.check(spec);
            Plan plan = Interpreter.plan(checked.spec());
            try (PromptRenderer renderer = new PromptRenderer(spec.getParent())) {
                Prompts prompts = renderer.render(plan, checked.spec());
                assertEquals(List.of(), prompts.diagnostics());
                assertEquals(plan.jobs().stream().filter(j -> !j.field().isDeclared()).count(), prompts.prompts().size(),
                        "a prompt for every field the spec does not declare itself");
                for (Prompt p : prompts.prompts()) {
                    // The brief by slot (docs/slots.md): the product's slot, never its name's words.
                    assertTrue(p.text().contains("Product: {product}"), p.text());
                    assertFalse(p.text().contains(p.job().brief().offering().name()), p.text());
                    assertTrue(p.text().stripTrailing().endsWith(":") || p.text().endsWith("\n-"), "ends with its cue: " + p.text());
                    assertFalse(p.text().contains("${"), "no unrendered interpolation");
                    assertFalse(p.stop().isEmpty(), "declares where to stop");
                    assertEquals(64, p.templateChecksum().length());
                }
            }
        }));
    }

    @Test
    void aPromptShowsEachFactsShapeWithItsSlot() throws Exception {
        Path spec = dir.resolve("shapes.campaign");
        Files.writeString(spec, """
                brand b { name: "Peak Boulders" }
                audience a { description: "Office workers"; pains: "sitting at a desk all day"; motivations: "feel stronger by summer" }
                product p {
                  name: "Off-Peak Membership"; price: 39.00 GBP
                  benefits: "climb with friends after work", "your evenings stay free", "a stronger back"
                }
                campaign c { title: "T"; brand: b; channel twitter { audience: a; products: p } }
                """);
        Prompt prompt = render(spec).prompts().get(0);
        assertTrue(prompt.text().contains("Benefits: to {benefit.0}; that {benefit.1}; {benefit.2}\n"), prompt.text());
        assertTrue(prompt.text().contains("Pains: {pain.0}\n"), "a gerund is a noun phrase: " + prompt.text());
        assertTrue(prompt.text().contains("Wants: to {motivation.0}\n"), prompt.text());
    }

    private Path spec(String channelExtra) throws Exception {
        return specWithChannels("channel twitter { " + channelExtra + " }");
    }

    private Path specWithChannels(String channels) throws Exception {
        Path spec = dir.resolve("s.campaign");
        Files.writeString(spec, """
                brand b { name: "Brew Co"; legal: "Brew Co, 1 Road, Town" }
                audience a { description: "Night owls" }
                product p { name: "Night Roast"; price: 9.99 USD }
                campaign c {
                  title: "T"
                  brand: b
                  positioning { for: a; category: "coffee"; benefit: "stay sharp" }
                  %s
                }
                """.formatted(channels));
        return spec;
    }

    private Prompts render(Path spec) throws Exception {
        assertFalse(Checker.check(spec).hasErrors(), Checker.check(spec).diagnostics().toString());
        return renderDespiteCheck(spec);
    }

    /** What the prompt stage says about a spec that `check` already refuses (an embedding host may skip check). */
    private Prompts renderDespiteCheck(Path spec) throws Exception {
        CheckResult checked = Checker.check(spec);
        try (PromptRenderer renderer = new PromptRenderer(spec.getParent())) {
            return renderer.render(Interpreter.plan(checked.spec()), checked.spec());
        }
    }

    @Test
    void lookupOrderIsSpecTemplateThenFolderBesideThenBuiltIn() throws Exception {
        Path spec = spec("");
        assertEquals("builtin/prompts/twitter/text.ftl", render(spec).prompts().get(0).template());

        Files.createDirectories(dir.resolve("templates/twitter"));
        Files.writeString(dir.resolve("templates/twitter/text.ftl"), "Beside: ${product.name}\nTweet:");
        Prompt beside = render(spec).prompts().get(0);
        assertEquals("templates/twitter/text.ftl", beside.template());
        assertEquals("Beside: Night Roast\nTweet:", beside.text());

        Files.writeString(dir.resolve("mine.ftl"), "Mine for ${field.name}: ${product.price}");
        Prompt own = render(spec("template: \"mine.ftl\"")).prompts().get(0);
        assertEquals("mine.ftl", own.template());
        assertEquals("Mine for text: $9.99", own.text());
    }

    @Test
    void aMissingTemplateIsADiagnosticAtTheSpecLineThatNamesIt() throws Exception {
        Path spec = spec("template: \"nope.ftl\"");
        assertEquals(List.of(Code.E501), Checker.check(spec).diagnostics().stream().map(Diagnostic::code).toList(),
                "check says so first");
        Prompts prompts = renderDespiteCheck(spec);
        Diagnostic d = prompts.diagnostics().get(0);
        assertEquals(Code.E501, d.code());
        assertEquals(8, d.range().startLine());
        assertTrue(d.message().contains("nope.ftl"), d.message());
    }

    @Test
    void anUnusableTemplatePathIsADiagnosticOnItsChannelAndTheOtherChannelsRender() throws Exception {
        Path outside = dir.getParent().resolve("outside-" + dir.getFileName() + ".ftl");
        Files.writeString(outside, "Outside ${product.name}:");
        Files.createSymbolicLink(dir.resolve("link.ftl"), outside);
        try {
            for (String template : List.of("../" + outside.getFileName(), "", "link.ftl", "/etc/hostname")) {
                Path spec = specWithChannels("channel twitter { template: \"" + template + "\" }\n  channel push { }");
                Prompts prompts = renderDespiteCheck(spec);
                assertEquals(1, prompts.diagnostics().size(), template + ": " + prompts.diagnostics());
                Diagnostic d = prompts.diagnostics().get(0);
                assertEquals(Code.E505, d.code(), d.message());
                assertEquals(8, d.range().startLine(), "on the channel's `template:`");
                assertTrue(prompts.prompts().stream().allMatch(p -> p.job().kind().equals("push"))
                        && !prompts.prompts().isEmpty(), "the push channel still renders");
            }
        } finally {
            Files.delete(outside);
        }
    }

    @Test
    void aBrokenTemplateIsReportedOnceWithItsFileAndLine() throws Exception {
        Files.writeString(dir.resolve("broken.ftl"), "ok\n${product.nam}\n");
        Path spec = spec("template: \"broken.ftl\"; variants: 3");
        Prompts prompts = render(spec);
        assertEquals(1, prompts.diagnostics().size(), prompts.diagnostics().toString());
        Diagnostic d = prompts.diagnostics().get(0);
        assertEquals(Code.E503, d.code());
        assertEquals(dir.resolve("broken.ftl"), d.range().file());
        assertEquals(2, d.range().startLine());
        assertTrue(d.message().contains("product.nam"), d.message());
    }

    private List<Prompt> prompts(String pricing, String channels) throws Exception {
        return prompts("9.99 USD", pricing, channels);
    }

    private List<Prompt> prompts(String price, String pricing, String channels) throws Exception {
        Path spec = dir.resolve("offer.campaign");
        Files.writeString(spec, """
                brand b { name: "Brew Co"; legal: "Brew Co, 1 Road, Town" }
                audience a { description: "Night owls" }
                product p { name: "Night Roast"; price: %s }
                product q { name: "Day Blend"; price: 7.00 USD }
                campaign c {
                  title: "T"
                  brand: b
                  window: 2027-01-01 .. 2027-01-31
                  positioning { for: a; category: "coffee"; benefit: "stay sharp" }
                  pricing { %s }
                  %s
                }
                """.formatted(price, pricing, channels));
        return render(spec).prompts();
    }

    @Test
    void aPromoIsShownByItsSlotsNeverByItsNumbers() throws Exception {
        List<Prompt> ps = prompts("promo night { code: \"NIGHT10\"; discount: 10%; applies: p; ends: 2027-01-20; "
                + "conditions: \"online only\" }", "channel push { products: p; promo: night }");
        for (Prompt p : ps) {
            assertTrue(p.text().contains("\nOffer: {offer}\nPromo: code {code}, {discount} off, now {sale_price}, "
                    + "until {ends}\n"), p.text());
            for (String fact : List.of("NIGHT10", "8.99", "9.99", "2027", "online only")) {
                assertFalse(p.text().contains(fact), fact + " in " + p.text());
            }
        }
    }

    @Test
    void aBundleIsShownByItsItemsSlot() throws Exception {
        for (String price : List.of("20.00 USD", "30.00 USD")) {
            List<Prompt> ps = prompts("bundle duo { name: \"Duo\"; items: p, q x 2; price: " + price + " }",
                    "channel twitter { products: duo }");
            Prompt p = ps.get(0);
            assertTrue(p.text().contains("\nItems: {items}\n") && p.text().contains("\nOffer: {offer}"), p.text());
            assertEquals(price.equals("20.00 USD"), p.text().contains("Saving: {savings}"), "only a bundle that saves");
            assertFalse(p.text().contains("Features:"), "the items are the features, said once: " + p.text());
        }
    }

    @Test
    void aFreeProductHasAPriceSlot() throws Exception {
        Prompt p = prompts("0 USD", "", "channel twitter { products: p }").get(0);
        assertTrue(p.text().contains("\nPrice: {price}\n"), p.text());
        assertFalse(p.text().contains("0.00"), p.text());
    }
}
