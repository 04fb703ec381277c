package io.copydeck.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.copydeck.dsl.check.Checker;
import io.copydeck.dsl.plan.Interpreter;
import io.copydeck.dsl.brief.Brief;
import io.copydeck.dsl.plan.Job;
import io.copydeck.dsl.plan.Plan;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Layouts assembled from hand-made field values and the facts of the project's example campaigns. */
class LayoutRendererTest {
    private TemplateEngine engine;
    private LayoutRenderer layouts;
    private Plan plan;
    /** The German example: EUR prices, a bundle of three items, a promo with conditions, a two-line legal footer. */
    private Plan fahrrad;

    @BeforeEach
    void setUp() throws Exception {
        engine = new TemplateEngine(null);
        layouts = new LayoutRenderer(engine);
        plan = Interpreter.plan(Checker.check(Examples.root().resolve("examples/autumn-tea.campaign")).spec());
        fahrrad = Interpreter.plan(checkedClean(Checker.check(Examples.root().resolve("examples/fahrrad-fruehling.campaign"))));
    }

    private static io.copydeck.dsl.model.Spec checkedClean(io.copydeck.dsl.check.CheckResult r) {
        assertEquals(List.of(), r.diagnostics(), "the example checks clean");
        return r.spec();
    }

    /** A one-off campaign: brand B with a two-line legal footer, product p at PRICE, and CHANNELS. */
    private static Plan planOf(String price, String promo, String channels) {
        String text = """
                brand b { name: "B"; legal: "B Ltd\\n1 Road, Town" }
                product p { name: "P"; price: %s; url: "https://b.example/p" }
                product q { name: "Q"; price: 4.00 USD }
                campaign c {
                  title: "T"
                  brand: b
                  locale: "en-US"
                  window: 2027-01-01 .. 2027-01-31
                  audience a { description: "A" }
                  positioning { for: a; category: "cat"; benefit: "ben" }
                  pricing {
                    %s
                    bundle duo { name: "Duo"; items: p, q x 2; price: 30.00 USD }
                  }
                  %s
                }
                """.formatted(price, promo, channels);
        var r = Checker.checkText(Path.of("t.campaign"), text);
        assertFalse(r.hasErrors(), r.diagnostics().toString());
        return Interpreter.plan(r.spec());
    }

    private static Brief brief(Plan p, String channelName, String offering) {
        return p.jobs().stream().filter(j -> j.channelId().name().equals(channelName)
                        && j.brief().offering().id().equals(offering)).findFirst().map(Job::brief).orElseThrow();
    }

    private static Brief brief(Plan p, String channelName) {
        return p.jobs().stream().filter(j -> j.channelId().name().equals(channelName)).findFirst().map(Job::brief)
                .orElseThrow();
    }

    @AfterEach
    void tearDown() {
        engine.close();
    }

    private Brief brief(String channelName) {
        return brief(plan, channelName);
    }

    private static Map<String, String> fields(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put(kv[i], kv[i + 1]);
        return m;
    }

    @Test
    void emailHasHtmlAndTextWithLegalFooterUnsubscribeAndEscaping() throws Exception {
        List<LayoutRenderer.RenderedFile> files = layouts.render(brief("winback"), fields(
                "subject", "Your tea <3 misses you", "preheader", "15% off chai",
                "body", "First paragraph.\n\nSecond & last.", "cta", "Restart my Tea Club"));
        assertEquals(List.of("html", "txt"), files.stream().map(LayoutRenderer.RenderedFile::extension).toList());
        String html = files.get(0).content();
        assertTrue(html.contains("<title>Your tea &lt;3 misses you</title>"), html);
        assertTrue(html.contains("<p style=\"font-size:16px;line-height:1.5\">Second &amp; last.</p>"), html);
        assertTrue(html.contains("Northwind Tea Ltd., 4 Quay Road, Bristol BS1 4DJ, United Kingdom"), html);
        assertTrue(html.contains("Unsubscribe"), html);
        assertTrue(html.contains("code AUTUMN15"), html);
        String text = files.get(1).content();
        assertTrue(text.startsWith("Subject: Your tea <3 misses you\n"), text);
        assertTrue(text.contains("15% off with code AUTUMN15: £7.65 instead of £9.00"), text);
        assertTrue(text.contains("Unsubscribe: {{unsubscribe_url}}"), text);
    }

    @Test
    void smsGetsItsOptOutOnlyWhenMissing() throws Exception {
        String added = layouts.render(brief("sms"), fields("text", "Chai is back: AUTUMN15 for 15% off.")).get(0).content();
        assertEquals("Chai is back: AUTUMN15 for 15% off. Reply STOP to opt out.\n", added);
        String kept = layouts.render(brief("sms"), fields("text", "AUTUMN15 inside. Reply STOP to opt out")).get(0).content();
        assertEquals("AUTUMN15 inside. Reply STOP to opt out\n", kept);
    }

    @Test
    void socialPostsAddOnlyTheHashtagsTheCopyLacks() throws Exception {
        String post = layouts.render(brief("instagram"), fields("caption", "Morning in a tin. #TeaTime"))
                .get(0).content();
        assertEquals("Morning in a tin. #TeaTime\n\n#LooseLeaf\n", post);
    }

    @Test
    void landingPageHasHeroBenefitsFaqAndFooter() throws Exception {
        String html = layouts.render(brief("landing_page"), fields(
                "hero_title", "Two teas, one desk", "hero_subtitle", "Sencha for mornings, chai for 4 pm",
                "benefits", "- Fresh\n- Loose leaf", "faq", "Q: How long?\nA: Months.")).get(0).content();
        assertTrue(html.contains("<h1 style=\"font-size:40px;margin:0 0 12px\">Two teas, one desk</h1>"), html);
        assertTrue(html.contains("<li>Fresh</li>") && html.contains("<li>Loose leaf</li>"), html);
        assertTrue(html.contains("<h3>How long?</h3>\n<p>Months.</p>"), "a question, then its answer: " + html);
        assertTrue(html.contains("Choose your duo"), html);
        assertFalse(html.contains("${"), html);
    }

    @Test
    void faqPageIsItsQuestionsAsHeadingsWithTheirAnswersInHtmlAndMarkdown() throws Exception {
        // The example's own planned page: the declared title and questions, as the build writes them.
        Map<String, String> page = new LinkedHashMap<>();
        plan.jobs().stream().filter(j -> j.kind().equals("faq") && j.offering().equals("green_sencha"))
                .forEach(j -> page.put(j.field().name(), j.field().declared()));
        List<LayoutRenderer.RenderedFile> files = layouts.render(brief(plan, "faq", "green_sencha"), page);
        assertEquals(List.of("html", "md"), files.stream().map(LayoutRenderer.RenderedFile::extension).toList());
        String html = files.get(0).content();
        assertTrue(html.contains("<title>Morning Sencha: questions and answers | Northwind Tea</title>"), html);
        assertTrue(html.contains("<h2 style=\"font-size:20px;margin:28px 0 8px\">How do I brew Morning Sencha?</h2>\n"
                + "<p style=\"margin:0;line-height:1.5\">Use water at 70-80 C, not boiling, and steep for one to two minutes.</p>"),
                html);
        assertTrue(html.contains("Northwind Tea Ltd., 4 Quay Road, Bristol BS1 4DJ, United Kingdom"), html);
        assertFalse(html.contains("Q:") || html.contains("A:") || html.contains("${"), html);
        String md = files.get(1).content();
        assertTrue(md.startsWith("# Morning Sencha: questions and answers\n\n## What is Morning Sencha?\n\n"), md);
        assertTrue(md.contains("\n## What is your returns policy?\n\nUnopened tins can be returned within 30 days for a full refund.\n"),
                md);
        assertTrue(md.strip().endsWith("Northwind Tea Ltd., 4 Quay Road, Bristol BS1 4DJ, United Kingdom"), md);
        int questions = page.get("questions").split("\n").length / 2;
        assertEquals(questions, html.split("<h2 ").length - 1, "every question is a heading: " + html);
        assertEquals(questions, md.split("\n## ").length - 1, md);
    }

    @Test
    void theGermanExamplesFaqPageSaysItsFixedLinesInGerman() throws Exception {
        Map<String, String> page = new LinkedHashMap<>();
        fahrrad.jobs().stream().filter(j -> j.kind().equals("faq"))
                .forEach(j -> page.put(j.field().name(), j.field().declared()));
        for (LayoutRenderer.RenderedFile f : layouts.render(brief(fahrrad, "faq"), page)) {
            String c = f.content();
            assertTrue(c.contains("Stadtrad E7: Fragen und Antworten"), c);
            assertTrue(c.contains("Was gilt für Versand?") && c.contains("Wie erreiche ich Sie?")
                    && c.contains("Sie erreichen uns unter service@radhaus-leipzig.example (Mo-Fr 10-18 Uhr).")
                    && c.contains("Preis: 2.499,00 €."), c);
            for (String english : List.of("questions and answers", "What is", "How can I reach", "Contact us", "Price:")) {
                assertFalse(c.contains(english), f.extension() + " says \"" + english + "\":\n" + c);
            }
        }
    }

    @Test
    void faqPageMarkdownEscapesDeclaredTextAndHtmlEscapesIt() throws Exception {
        Map<String, String> page = fields("title", "Tea [FAQ]", "questions",
                "Q: Is it <script>x</script>?\nA: See [here](javascript:alert(1)).");
        List<LayoutRenderer.RenderedFile> files = layouts.render(brief(plan, "faq", "green_sencha"), page);
        assertTrue(files.get(0).content().contains("Is it &lt;script&gt;x&lt;/script&gt;?"), files.get(0).content());
        String md = files.get(1).content();
        assertFalse(md.contains("<script>") || md.contains("[here]("), md);
        assertTrue(md.contains("# Tea \\[FAQ\\]"), md);
    }

    @Test
    void landingPageBenefitBlocksAreATitleAndTheirText() throws Exception {
        String html = layouts.render(brief("landing_page"), fields(
                "hero_title", "Two teas, one desk", "hero_subtitle", "Sencha for mornings",
                "benefits", "Fresh every morning\nSealed tins keep it fresh.\n\nTwo teas\nSencha and chai.",
                "faq", "Q: How long?\nA: Months.")).get(0).content();
        assertTrue(html.contains("<h3>Fresh every morning</h3>\n<p>Sealed tins keep it fresh.</p>"), html);
        assertTrue(html.contains("<h3>Two teas</h3>\n<p>Sencha and chai.</p>"), html);
        assertFalse(html.contains("<li>"), "blocks are no list: " + html);
    }

    @Test
    void blogPostSectionsGetTheirSubheads() throws Exception {
        String md = layouts.render(brief("blog_post"), fields("title", "Tea at your desk", "intro", "Mornings are busy.",
                "body", "Why it matters\nA paragraph.\n\nHow it works\nAnother one.\n\nTry it today.")).get(0).content();
        assertTrue(md.contains("## Why it matters\n\nA paragraph.\n"), md);
        assertTrue(md.contains("## How it works\n\nAnother one.\n"), md);
        assertTrue(md.contains("\nTry it today.\n"), "the close is a paragraph, no subhead: " + md);
        assertFalse(md.contains("## Try it today"), md);
    }

    @Test
    void blogPostIsMarkdown() throws Exception {
        String md = layouts.render(brief("blog_post"), fields(
                "title", "Why sencha ", "intro", "It is green.", "body", "Steam, then roll.")).get(0).content();
        assertEquals("# Why sencha\n\nIt is green.\n\nSteam, then roll.\n", md);
    }

    @Test
    void blogMarkdownCarriesNoHtmlAndNoLinksFromTheCopyOrTheSpec() throws Exception {
        Plan hostile = planOf("10.00 USD", "", "channel blog_post { cta: \"[x](javascript:alert(1)) <script>alert(1)</script>\" }");
        String md = layouts.render(brief(hostile, "blog_post", "p"), fields(
                "title", "<script>alert(1)</script> Tea",
                "intro", "See [this](javascript:alert(1)) and ![pic](data:text/html;base64,PHNjcmlwdD4=).",
                "body", "<img src=x onerror=alert(1)>\nA \\[y](javascript:alert(2)) paragraph.\n\n"
                        + "<div onclick=\"alert(3)\">raw block</div>\n\n[ref]: javascript:alert(4)\n\n<javascript:alert(5)>"))
                .get(0).content();
        for (String active : List.of("<script", "<img", "<div", "<javascript", "\n[ref]:")) {
            assertFalse(md.contains(active), active + " in\n" + md);
        }
        // A link needs an unescaped `](`, an image an unescaped `![`.
        assertFalse(java.util.regex.Pattern.compile("(?<!\\\\)\\]\\((javascript|data):|(?<!\\\\)!\\[").matcher(md).find(), md);
        assertTrue(md.contains("# &lt;script>alert(1)&lt;/script> Tea\n"), md);
        assertTrue(md.contains("See \\[this\\](javascript:alert(1)) and !\\[pic\\](data:"), md);
        assertTrue(md.contains("A \\\\\\[y\\](javascript:alert(2)) paragraph."), "a backslash cannot undo an escape: " + md);
        assertTrue(md.endsWith("\n[\\[x\\](javascript:alert(1)) &lt;script>alert(1)&lt;/script>](https://b.example/p)\n"),
                "the CTA is text, its link the product's http(s) URL: " + md);
    }

    @Test
    void blogMarkdownLeavesOrdinaryCopyAsWritten() throws Exception {
        String prose = "Save 20% off: Tom's <3 for chai & *fresh* leaves, 2 < 3, C:\\tea, 5 > 4 #1 (really)!";
        String md = layouts.render(brief("blog_post"), fields("title", "Tea_time", "intro", prose, "body", "Steam."))
                .get(0).content();
        assertEquals("# Tea_time\n\n" + prose + "\n\nSteam.\n", md);
    }

    // ---- the facts reach the layouts -----------------------------------------------------

    private static Map<String, String> email(String cta) {
        return fields("subject", "Frühling", "preheader", "Los", "body", "Eins.\n\nZwei.", "cta", cta);
    }

    @Test
    void emailTextPutsTheCallToActionAndItsLinkOnOneReadableLine() throws Exception {
        String text = layouts.render(brief(fahrrad, "fruehling"), email("Jetzt probefahren")).get(1).content();
        assertTrue(text.contains("\nJetzt probefahren → https://radhaus-leipzig.example/stadtrad-e7\n"), text);
        // A generated button text ending in a full stop never runs into the link as ".:".
        String dotted = layouts.render(brief("winback"), fields("subject", "S", "preheader", "P", "body", "B",
                "cta", "Beat the deadlines.")).get(1).content();
        assertFalse(dotted.contains(".:"), dotted);
        assertFalse(dotted.contains("Beat the deadlines:"), dotted);
    }

    @Test
    void theCallToActionIsTheFieldInEmailAndTheChannelsCtaOnTheLandingPage() throws Exception {
        Brief mail = brief(fahrrad, "fruehling");
        assertEquals("Jetzt probefahren", mail.channel().cta());
        List<LayoutRenderer.RenderedFile> files = layouts.render(mail, email("Jetzt probefahren"));
        assertTrue(files.get(0).content().contains("text-decoration:none\">Jetzt probefahren</a>"), files.get(0).content());
        assertTrue(files.get(1).content().contains("Jetzt probefahren → "), files.get(1).content());
        String page = layouts.render(brief(fahrrad, "landing_page"), landing()).get(0).content();
        assertTrue(page.contains(">Pendler-Set sichern</a>"), page);
    }

    @Test
    void promoConditionsAppearWhereverTheOfferDoes() throws Exception {
        String conditions = "Nur für Neubestellungen.";
        List<LayoutRenderer.RenderedFile> files = layouts.render(brief(fahrrad, "fruehling"), email("Jetzt probefahren"));
        assertTrue(files.get(0).content().contains(conditions), files.get(0).content());
        assertTrue(files.get(1).content().contains(conditions), files.get(1).content());
        Plan p = planOf("20.00 USD", "promo winter { code: \"WINTER5\"; discount: 5.00 USD; applies: p; "
                + "conditions: \"on orders over 25 USD\" }", "channel landing_page { products: p; promo: winter; cta: \"Get it\" }");
        String page = layouts.render(brief(p, "landing_page"), landing()).get(0).content();
        assertTrue(page.contains("$5.00 off with code WINTER5: $15.00 instead of $20.00. On orders over 25 USD."), page);
    }

    @Test
    void anEmailStatesTheOfferOnceWhenItsBodyStatesItAlready() throws Exception {
        Brief mail = brief(fahrrad, "fruehling");
        String offer = mail.offerLine();
        for (LayoutRenderer.RenderedFile f : layouts.render(mail, fields("subject", "S", "preheader", "P",
                "body", "Eins.\n\n" + offer + " Los.", "cta", "Jetzt probefahren"))) {
            assertEquals(1, f.content().split(java.util.regex.Pattern.quote(offer), -1).length - 1, f.content());
        }
        for (LayoutRenderer.RenderedFile f : layouts.render(mail, email("Jetzt probefahren"))) {
            assertTrue(f.content().contains(offer), "a body that does not state it gets the layout's line: " + f.content());
        }
    }

    @Test
    void pushCarriesThePromoCodeWithinItsLimits() throws Exception {
        String push = layouts.render(brief("push"), fields("title", "Chai is back", "text", "A warming cup in four minutes"))
                .get(0).content();
        assertEquals("Chai is back\nA warming cup in four minutes. Use code AUTUMN15.\n", push);
        String german = layouts.render(brief(fahrrad, "push"), fields("title", "Frühling auf zwei Rädern",
                "text", "Das Stadtrad E7 bringt Sie ohne Stau ins Büro!")).get(0).content();
        assertEquals("Frühling auf zwei Rädern\nDas Stadtrad E7 bringt Sie ohne Stau ins Büro! Ihr Code: FRUEHLING10.\n", german);
        // Already named: nothing added.
        String named = layouts.render(brief("push"), fields("title", "Chai", "text", "Use AUTUMN15 today.")).get(0).content();
        assertEquals("Chai\nUse AUTUMN15 today.\n", named);
        // A full text: the code goes to the title; each line stays within its limit.
        String full = "x".repeat(145);
        String[] lines = layouts.render(brief("push"), fields("title", "Chai is back", "text", full)).get(0).content()
                .split("\n");
        assertEquals("Chai is back · AUTUMN15", lines[0]);
        assertEquals(full, lines[1]);
        String[] both = layouts.render(brief("push"), fields("title", "t".repeat(45), "text", full)).get(0).content()
                .split("\n");
        assertTrue(both[0].length() <= 50 && both[1].length() <= 150, String.join("|", both));
    }

    @Test
    void bundlesNameEveryItemWithItsQuantity() throws Exception {
        String items = "Pendler-Set: 1 × Stadtrad E7, 1 × Helm City und 2 × Faltschloss Pro für 2.599,00 €, Sie sparen 147,00 €.";
        String page = layouts.render(brief(fahrrad, "landing_page"), landing()).get(0).content();
        assertTrue(page.contains(items), page);
        List<LayoutRenderer.RenderedFile> mail = layouts.render(brief(fahrrad, "set"), email("Pendler-Set ansehen"));
        assertTrue(mail.get(0).content().contains(items), mail.get(0).content());
        assertTrue(mail.get(1).content().contains(items), mail.get(1).content());
    }

    @Test
    void legalFootersWithSeveralLinesKeepTheirLines() throws Exception {
        List<LayoutRenderer.RenderedFile> files = layouts.render(brief(fahrrad, "fruehling"), email("Jetzt probefahren"));
        String html = files.get(0).content();
        assertTrue(html.contains("<p style=\"margin:0 0 4px\">Radhaus Leipzig GmbH, Karl-Liebknecht-Straße 42, 04275 Leipzig</p>\n"
                + "<p style=\"margin:0 0 4px\">Amtsgericht Leipzig HRB 12345, Geschäftsführerin: Marie Beispiel</p>"), html);
        assertTrue(files.get(1).content().contains("--\nRadhaus Leipzig GmbH, Karl-Liebknecht-Straße 42, 04275 Leipzig\n"
                + "Amtsgericht Leipzig HRB 12345, Geschäftsführerin: Marie Beispiel\n"), files.get(1).content());
        String page = layouts.render(brief(fahrrad, "landing_page"), landing()).get(0).content();
        assertTrue(page.contains("04275 Leipzig<br>Amtsgericht Leipzig"), page);
        // A `\n` in a one-line string is a line break too.
        Plan p = planOf("20.00 USD", "", "channel email { products: p }");
        List<LayoutRenderer.RenderedFile> mail = layouts.render(brief(p, "email"), email("Go"));
        assertTrue(mail.get(0).content().contains(">B Ltd</p>\n<p style=\"margin:0 0 4px\">1 Road, Town</p>"), mail.get(0).content());
        assertTrue(mail.get(1).content().contains("--\nB Ltd\n1 Road, Town\n"), mail.get(1).content());
    }

    @Test
    void aFreeProductSaysFreeNeverZero() throws Exception {
        Plan p = planOf("0 USD", "", "channel email { products: p }\n  channel landing_page { products: p; cta: \"Get it\" }");
        List<LayoutRenderer.RenderedFile> mail = layouts.render(brief(p, "email"), email("Go"));
        for (LayoutRenderer.RenderedFile f : mail) {
            assertTrue(f.content().contains("Price: free."), f.content());
            assertFalse(f.content().contains("0.00"), f.content());
        }
        String page = layouts.render(brief(p, "landing_page"), landing()).get(0).content();
        assertTrue(page.contains("Price: free.") && !page.contains("0.00"), page);
    }

    @Test
    void germanCampaignsGetGermanLayoutLines() throws Exception {
        List<LayoutRenderer.RenderedFile> files = layouts.render(brief(fahrrad, "fruehling"), email("Jetzt probefahren"));
        String offer = "10 % Rabatt mit dem Code FRUEHLING10: 2.249,10 € statt 2.499,00 €, bis 15. April 2027.";
        for (LayoutRenderer.RenderedFile f : files) {
            assertTrue(f.content().contains(offer), f.content());
            assertTrue(f.content().contains("Sie erhalten diese E-Mail im Rahmen Ihres Newsletter-Abonnements bei Radhaus Leipzig."),
                    f.content());
            assertFalse(f.content().contains("You receive") || f.content().contains("instead of")
                    || f.content().contains(" off "), f.content());
        }
        assertTrue(files.get(0).content().contains(">Abmelden</a>"), files.get(0).content());
        assertTrue(files.get(1).content().contains("Abmelden: {{unsubscribe_url}}"), files.get(1).content());
        assertTrue(files.get(0).content().contains("<html lang=\"de-DE\">"), files.get(0).content());

        String sms = layouts.render(brief(fahrrad, "sms"), fields("text", "Frühling! Mit FRUEHLING10 10 % aufs Stadtrad E7."))
                .get(0).content();
        assertEquals("Frühling! Mit FRUEHLING10 10 % aufs Stadtrad E7. Abmelden: STOP antworten.\n", sms);
        String kept = layouts.render(brief(fahrrad, "sms"), fields("text", "FRUEHLING10. Abmelden: STOP antworten"))
                .get(0).content();
        assertEquals("FRUEHLING10. Abmelden: STOP antworten\n", kept);

        String page = layouts.render(brief(fahrrad, "landing_page"), landing()).get(0).content();
        assertTrue(page.contains("<h2>Darum lohnt es sich</h2>") && page.contains("<h2>Häufige Fragen</h2>"), page);
        assertFalse(page.contains("Why you will love it") || page.contains("Questions"), page);
    }

    @Test
    void everyLayoutOfTheGermanExampleRendersWithoutEnglishFixedLines() throws Exception {
        for (Job job : fahrrad.jobs()) {
            Map<String, String> f = new LinkedHashMap<>();
            fahrrad.jobs().stream().filter(j -> j.brief() == job.brief()).forEach(j -> f.put(j.field().name(), "Text."));
            for (LayoutRenderer.RenderedFile file : layouts.render(job.brief(), f)) {
                String c = file.content();
                for (String english : List.of("Reply STOP", "You receive", "Unsubscribe<", "Unsubscribe:", "Why you will",
                        "Questions<", "instead of", "with code", "Use code", "Price:")) {
                    assertFalse(c.contains(english), job.id() + " " + file.extension() + " says \"" + english + "\":\n" + c);
                }
                assertFalse(c.contains("${"), c);
            }
        }
    }

    private static Map<String, String> landing() {
        return fields("hero_title", "Ankommen", "hero_subtitle", "Ohne Stau", "benefits", "- Leicht\n- Schnell",
                "faq", "Q: Wie weit?\nA: 120 km.");
    }
}
