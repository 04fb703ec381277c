package io.copydeck.eclipse.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.copydeck.eclipse.Fixtures;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.jface.text.source.DefaultCharacterPairMatcher;
import org.eclipse.jface.text.IRegion;
import org.junit.jupiter.api.Test;

class NavigationAndHoverTest {
    private final String text = Fixtures.read(Fixtures.autumnTea());

    @Test
    void ctrl_click_on_a_reference_opens_its_declaration_in_the_imported_file() {
        try (EditorHarness h = new EditorHarness(Fixtures.autumnTea(), text)) {
            int at = text.indexOf("brand: northwind") + "brand: ".length() + 2;
            IHyperlink[] links = h.configuration.getHyperlinkDetectors(h.viewer)[0]
                    .detectHyperlinks(h.viewer, new Region(at, 0), false);
            assertNotNull(links);
            links[0].open();
            assertEquals(1, h.navigations.size());
            assertTrue(h.navigations.get(0).file().endsWith("shared/northwind-brand.campaign"));
            assertEquals(2, h.navigations.get(0).startLine());
        }
    }

    @Test
    void a_reference_to_a_block_in_the_same_file_is_found_too() {
        try (EditorHarness h = new EditorHarness(Fixtures.autumnTea(), text)) {
            int at = text.indexOf("for: office_drinkers") + "for: ".length();
            h.configuration.getHyperlinkDetectors(h.viewer)[0].detectHyperlinks(h.viewer, new Region(at, 0), false)[0].open();
            assertEquals(Fixtures.autumnTea(), h.navigations.get(0).file());
            assertEquals(text.indexOf("audience office_drinkers"), h.navigations.get(0).startOffset());
        }
    }

    @Test
    void hover_shows_schema_documentation() {
        try (EditorHarness h = new EditorHarness(Fixtures.autumnTea(), text)) {
            var hover = h.configuration.getTextHover(h.viewer, null);
            String objective = hover.getHoverInfo(h.viewer, hover.getHoverRegion(h.viewer, text.indexOf("objective") + 4));
            assertTrue(objective.contains("What the campaign is for.") && objective.contains("retention"), objective);
            String channelKind = hover.getHoverInfo(h.viewer, new Region(text.indexOf("channel sms") + 9, 0));
            assertTrue(channelKind.startsWith("channel kind `sms`"), channelKind);
            String limit = hover.getHoverInfo(h.viewer, new Region(text.indexOf("subject: 55"), 0));
            assertTrue(limit.contains("Platform limit: 78 chars"), limit);
            String ref = hover.getHoverInfo(h.viewer, new Region(text.indexOf("promo: autumn15") + 8, 0));
            assertTrue(ref.startsWith("promo `autumn15`, declared at autumn-tea.campaign"), ref);
        }
    }

    @Test
    void braces_match() {
        String spec = "campaign c {\n  positioning { for: a }\n}\n";
        var matcher = new DefaultCharacterPairMatcher(new char[] {'{', '}'});
        IRegion r = matcher.match(new org.eclipse.jface.text.Document(spec), spec.indexOf('{') + 1);
        assertEquals(spec.lastIndexOf('}'), r.getOffset() + r.getLength() - 1);
    }
}
