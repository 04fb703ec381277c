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

/** Layouts assembled from hand-made field values and the facts of the project's example campaign. */
class LayoutRendererTest {
    private TemplateEngine engine;
    private LayoutRenderer layouts;
    private Plan plan;

    @BeforeEach
    void setUp() throws Exception {
        engine = new TemplateEngine(null);
        layouts = new LayoutRenderer(engine);
        plan = Interpreter.plan(Checker.check(Examples.root().resolve("examples/autumn-tea.campaign")).spec());
    }

    @AfterEach
    void tearDown() {
        engine.close();
    }

    private Brief brief(String channelName) {
        return plan.jobs().stream().filter(j -> j.channelId().name().equals(channelName)).findFirst().map(Job::brief)
                .orElseThrow();
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
        assertTrue(html.contains("<p>Q: How long?</p>"), html);
        assertTrue(html.contains("Choose your duo"), html);
        assertFalse(html.contains("${"), html);
    }

    @Test
    void blogPostIsMarkdown() throws Exception {
        String md = layouts.render(brief("blog_post"), fields(
                "title", "Why sencha ", "intro", "It is green.", "body", "Steam, then roll.")).get(0).content();
        assertEquals("# Why sencha\n\nIt is green.\n\nSteam, then roll.\n", md);
    }
}
