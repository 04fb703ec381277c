package io.copydeck.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.copydeck.dsl.brief.Brief;
import io.copydeck.dsl.brief.ChannelId;
import io.copydeck.dsl.brief.JobId;
import io.copydeck.dsl.brief.Offering;
import io.copydeck.dsl.check.CheckResult;
import io.copydeck.dsl.check.Checker;
import io.copydeck.dsl.model.Discount;
import io.copydeck.dsl.model.Money;
import io.copydeck.dsl.plan.Interpreter;
import io.copydeck.dsl.plan.Job;
import io.copydeck.dsl.plan.Plan;
import io.copydeck.dsl.plan.Prices;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class InterpreterTest {
    private static Money money(String amount, String currency) {
        return new Money(new BigDecimal(amount), Currency.getInstance(currency));
    }

    private static Discount pct(String p) {
        return new Discount.PercentOff(new BigDecimal(p));
    }

    @Test
    void salePriceIsRoundedToMinorUnitsHalfAwayFromZero() {
        assertEquals(money("2.79", "USD"), Prices.salePrice(money("3.49", "USD"), pct("20")));   // 2.792
        assertEquals(money("10.63", "GBP"), Prices.salePrice(money("12.50", "GBP"), pct("15"))); // 10.625
        assertEquals(money("0.01", "USD"), Prices.salePrice(money("0.01", "USD"), pct("10")));   // 0.009
        assertEquals(money("849", "JPY"), Prices.salePrice(money("999", "JPY"), pct("15")));     // 849.15
        assertEquals(money("2.49", "USD"), Prices.salePrice(money("3.49", "USD"),
                new Discount.AmountOff(money("1.00", "USD"))));
        assertEquals(money("0.00", "USD"), Prices.salePrice(money("3.49", "USD"),
                new Discount.AmountOff(money("5.00", "USD"))), "never below zero");
    }

    @Test
    void savingsAddUpExactlyAndPercentIsNeverOverstated() {
        Money price = money("3.49", "USD");
        Money sale = Prices.salePrice(price, pct("20"));
        Money savings = Prices.minus(price, sale);
        assertEquals(money("0.70", "USD"), savings);
        assertEquals(price.amount(), sale.amount().add(savings.amount()));
        assertEquals(20, Prices.percentOf(savings, price)); // 20.06% → 20
        assertEquals(14, Prices.percentOf(money("1.87", "GBP"), money("12.50", "GBP"))); // 14.96% → 14
    }

    @Test
    void pricesAreFormattedForTheCampaignLocale() {
        assertEquals("$2.79", Prices.format(money("2.79", "USD"), Locale.forLanguageTag("en-US")));
        assertEquals("2,79 €", Prices.format(money("2.79", "EUR"), Locale.forLanguageTag("de-DE")));
        assertEquals("£10.63", Prices.format(money("10.63", "GBP"), Locale.forLanguageTag("en-GB")));
        assertEquals("¥850", Prices.format(money("850", "JPY"), Locale.forLanguageTag("en-US")));
    }

    static Plan plan(String text) {
        CheckResult r = Checker.checkText(Path.of("p.campaign"), text);
        assertFalse(r.hasErrors(), r.diagnostics().toString());
        return Interpreter.plan(r.spec());
    }

    static final String SPEC = """
            brand b { name: "B"; avoid: "cheap", "Instant"; legal: "B Ltd" }
            audience a { description: "A" }
            audience a2 { description: "A2" }
            product p { name: "Cold Brew"; price: 3.49 USD }
            product q { name: "Oat Latte"; price: 3.99 USD }
            campaign c {
              title: "T"
              brand: b
              locale: "en-US"
              window: 2027-03-01 .. 2027-04-15
              positioning { for: a; category: "c"; benefit: "x" }
              pricing {
                promo spring20 { code: "SPRING20"; discount: 20%; applies: p; ends: 2027-03-31 }
                bundle pack { name: "Pack"; items: p x 12; price: 34.99 USD }
              }
              generation { temperature: 0.5; top_k: 20 }
              channel email welcome {
                audience: a, a2
                products: p, pack
                promo: spring20
                variants: 3
                avoid: "cheap", "bitter"
                must_include: "SPRING20"
                limits { subject: 60 chars, body: 120 words }
                generation { temperature: 0.9; seed: 7 }
              }
              channel twitter { variants: 2 }
            }
            """;

    @Test
    void theSpringLaunchShapeExpandsWithDefaultsAndFacts() {
        Plan plan = plan(SPEC);
        // email: 2 audiences × 2 offerings × 3 variants × 6 fields (the body is three paragraphs);
        // twitter: 1 audience × 2 products × 2 × 1
        assertEquals(72 + 4, plan.jobs().size());
        Job subject = job(plan, "c/email.welcome/a/p/v2/subject");
        assertEquals("60 chars", subject.field().limits().get(0).toString());
        assertEquals(List.of("cheap", "Instant", "bitter"), subject.field().avoid());
        assertEquals(List.of("SPRING20"), subject.field().mustInclude());
        assertTrue(subject.field().singleLine());
        assertEquals(0.9, subject.decoding().temperature(), "channel over campaign");
        assertEquals(20, subject.decoding().topK(), "campaign over built-in");
        assertEquals(0.95, subject.decoding().topP(), "built-in");
        Brief.Promo promo = subject.brief().promo();
        assertEquals("$2.79", promo.salePrice().text());
        assertEquals("$0.70", promo.savings().text());
        assertEquals(20, promo.savingsPercent());
        assertEquals(30, promo.daysLeft());
        assertEquals("March 31, 2027", promo.ends().text());
        assertEquals("20% off with code SPRING20: $2.79 instead of $3.49, until March 31, 2027.", promo.offerLine());

        Job body = job(plan, "c/email.welcome/a/p/v1/body.opening");
        assertEquals("120 words", body.field().whole().limits().get(0).toString());
        assertEquals("54 words", body.field().limits().get(0).toString(), "45% of the body");
        assertFalse(body.field().singleLine());
        Job bundle = job(plan, "c/email.welcome/a2/pack/v1/cta");
        assertNull(bundle.brief().promo(), "the promo applies to p only");
        Offering.Bundle pack = (Offering.Bundle) bundle.brief().offering();
        assertEquals(List.of("12 × Cold Brew"), pack.features());
        assertEquals("$41.88", pack.itemsTotal().text());
        assertEquals("$6.89", pack.savings().text());
        assertEquals(16, pack.savingsPercent());
        assertEquals("Pack: 12 × Cold Brew for $34.99, save $6.89.", bundle.brief().offerLine());

        Job tweet = job(plan, "c/twitter/a/q/v2/text");
        assertEquals("280 chars", tweet.field().limits().get(0).toString());
        assertEquals(0.5, tweet.decoding().temperature());
        assertEquals(new JobId("c", new ChannelId("twitter", "twitter"), "a", "q", 2, "text"), tweet.id());
        assertEquals(tweet.id(), JobId.parse("c/twitter/a/q/v2/text"));
    }

    static final String SHOP = """
            brand rad { name: "Radhaus"; legal: "Radhaus GmbH\\nKarl-Liebknecht-Str. 1, Leipzig" }
            audience pendler { description: "Pendler" }
            product e7 { name: "Stadtrad E7"; price: 2499.00 EUR }
            product helm { name: "Helm Urban"; price: 89.00 EUR }
            product schloss { name: "Faltschloss"; price: 0 EUR }
            campaign fruehling {
              title: "Frühling"
              brand: rad
              locale: "de-DE"
              window: 2027-03-01 .. 2027-04-30
              positioning { for: pendler; category: "E-Bikes"; benefit: "entspannt ankommen" }
              pricing {
                promo fruehling10 { code: "FRUEHLING10"; discount: 10%; applies: e7; conditions: "nur online" }
                bundle set { name: "Pendler-Set"; items: e7, helm x 2, schloss; price: 2599.00 EUR }
              }
              channel sms { products: e7, helm, schloss, set; promo: fruehling10 }
            }
            """;

    @Test
    void aBundleNamesEveryItemWithItsQuantity() {
        Job sms = job(plan(SHOP), "fruehling/sms/pendler/set/v1/text");
        Offering.Bundle set = (Offering.Bundle) sms.brief().offering();
        assertEquals(List.of("1 × Stadtrad E7", "2 × Helm Urban", "1 × Faltschloss"), set.features());
        assertEquals("1 × Stadtrad E7, 2 × Helm Urban und 1 × Faltschloss", set.description());
        assertEquals("Pendler-Set: 1 × Stadtrad E7, 2 × Helm Urban und 1 × Faltschloss für 2.599,00 €, Sie sparen 78,00 €.",
                sms.brief().offerLine());
    }

    @Test
    void aPromoReachesOnlyTheProductsItAppliesToAndCarriesItsConditions() {
        Plan plan = plan(SHOP);
        Brief.Promo promo = job(plan, "fruehling/sms/pendler/e7/v1/text").brief().promo();
        assertEquals("10 % Rabatt mit dem Code FRUEHLING10: 2.249,10 € statt 2.499,00 €. Nur online.", promo.offerLine());
        assertNull(job(plan, "fruehling/sms/pendler/helm/v1/text").brief().promo(), "not in the promo's scope");
        assertNull(job(plan, "fruehling/sms/pendler/set/v1/text").brief().promo(), "nor is the bundle");
    }

    @Test
    void aFreeProductReadsFreeAndTakesNoDiscount() {
        Brief brief = job(plan(SHOP), "fruehling/sms/pendler/schloss/v1/text").brief();
        assertTrue(brief.offering().price().free());
        assertEquals("kostenlos", brief.offering().price().text());
        assertEquals("Preis: kostenlos.", brief.offerLine());
        assertNull(brief.promo());
    }

    @Test
    void legalTextKeepsItsLines() {
        Brief brief = job(plan(SHOP), "fruehling/sms/pendler/e7/v1/text").brief();
        assertEquals(List.of("Radhaus GmbH", "Karl-Liebknecht-Str. 1, Leipzig"), brief.brand().legalLines());
    }

    @Test
    void seedsAreStableDistinctAndFollowTheSpecSeed() {
        Plan one = plan(SPEC);
        Plan two = plan(SPEC);
        assertEquals(one, two, "the same spec yields the same plan");
        Set<Long> seeds = new HashSet<>();
        one.jobs().forEach(j -> seeds.add(j.seed()));
        assertEquals(one.jobs().size(), seeds.size(), "every job has its own seed");
        Plan reseeded = plan(SPEC.replace("seed: 7", "seed: 8"));
        assertNotEquals(job(one, "c/email.welcome/a/p/v1/subject").seed(),
                job(reseeded, "c/email.welcome/a/p/v1/subject").seed());
        assertEquals(job(one, "c/twitter/a/p/v1/text").seed(), job(reseeded, "c/twitter/a/p/v1/text").seed(),
                "another channel's seed is untouched");
    }

    /** Property: the plan's size is the product of its dimensions, summed over channels. */
    @RepeatedTest(25)
    void planSizeIsTheProductOfItsDimensions(org.junit.jupiter.api.RepetitionInfo info) {
        Random random = new Random(info.getCurrentRepetition());
        int products = 1 + random.nextInt(4);
        int audiences = 1 + random.nextInt(3);
        StringBuilder s = new StringBuilder("brand b { name: \"B\"; legal: \"L\" }\n");
        for (int i = 0; i < products; i++) s.append("product p").append(i).append(" { name: \"P\"; price: 1.00 USD }\n");
        for (int i = 0; i < audiences; i++) s.append("audience a").append(i).append(" { description: \"A\" }\n");
        s.append("campaign c { title: \"T\"; brand: b\n positioning { for: a0; category: \"c\"; benefit: \"b\" }\n");
        List<String> kinds = io.copydeck.dsl.schema.Schema.get().channelKindNames();
        int expected = 0;
        int channels = 1 + random.nextInt(6);
        for (int c = 0; c < channels; c++) {
            String kind = kinds.get(random.nextInt(kinds.size()));
            int variants = 1 + random.nextInt(5);
            int nAud = random.nextBoolean() ? 0 : 1 + random.nextInt(audiences);
            int nProd = random.nextBoolean() ? 0 : 1 + random.nextInt(products);
            s.append(" channel ").append(kind).append(" ch").append(c).append(" { variants: ").append(variants);
            if (nAud > 0) s.append("; audience: ").append(String.join(", ", names("a", nAud)));
            if (nProd > 0) s.append("; products: ").append(String.join(", ", names("p", nProd)));
            if (kind.equals("sms")) s.append("; must_include: \"Reply STOP\"");
            s.append(" }\n");
            // Long fields are parts (LongForm): for this brief (a positioning benefit, no features, pains or
            // proof) a post's body is three sections and a close, a landing page's benefits three blocks, an
            // email's body three paragraphs.
            int fields = io.copydeck.dsl.schema.Schema.get().channelKind(kind).orElseThrow().fields().size()
                    + switch (kind) { case "blog_post" -> 3; case "landing_page" -> 2; case "email" -> 2; default -> 0; };
            expected += Math.max(1, nAud) * (nProd == 0 ? products : nProd) * variants * fields;
        }
        s.append("}\n");
        assertEquals(expected, plan(s.toString()).jobs().size(), s.toString());
    }

    private static List<String> names(String prefix, int n) {
        return java.util.stream.IntStream.range(0, n).mapToObj(i -> prefix + i).toList();
    }

    private static Job job(Plan plan, String id) {
        return plan.jobs().stream().filter(j -> j.id().toString().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no job " + id + " in " + plan.jobs().stream().map(Job::id).toList()));
    }
}
