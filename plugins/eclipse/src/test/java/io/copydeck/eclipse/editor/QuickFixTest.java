package io.copydeck.eclipse.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.copydeck.eclipse.Fixtures;
import io.copydeck.eclipse.Ui;
import java.time.Duration;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.source.ISourceViewer;
import org.junit.jupiter.api.Test;

class QuickFixTest {
    @Test
    void did_you_mean_fix_of_an_unknown_reference_is_offered_and_applied() throws Exception {
        String text = Fixtures.read(Fixtures.autumnTea()).replace("brand: northwind", "brand: northwnd");
        try (EditorHarness h = new EditorHarness(Fixtures.autumnTea(), text)) {
            Ui.waitUntil("E201 for the misspelt brand", Duration.ofSeconds(20), () -> h.hasAnnotation("E201"));
            int caret = text.indexOf("northwnd") + 3;
            ICompletionProposal[] fixes = new CampaignQuickAssistProcessor()
                    .computeQuickAssistProposals(context(h.viewer, caret));
            assertEquals(1, fixes.length);
            assertEquals("Change to `northwind`", fixes[0].getDisplayString());
            fixes[0].apply(h.document);
            assertTrue(h.document.get().contains("brand: northwind\n"));
            Ui.waitUntil("the E201 annotation to go", Duration.ofSeconds(20), () -> !h.hasAnnotation("E201"));
        }
    }

    @Test
    void the_viewer_offers_quick_assist_for_fixable_annotations_only() throws Exception {
        try (EditorHarness h = new EditorHarness(Fixtures.autumnTea(),
                Fixtures.read(Fixtures.autumnTea()).replace("brand: northwind", "brand: northwnd"))) {
            Ui.waitUntil("E201", Duration.ofSeconds(20), () -> h.hasAnnotation("E201"));
            CampaignQuickAssistProcessor p = new CampaignQuickAssistProcessor();
            assertTrue(h.annotations().stream().filter(a -> a.diagnostic().code().name().equals("E201")).allMatch(p::canFix));
            assertEquals(0, p.computeQuickAssistProposals(context(h.viewer, 0)).length);
        }
    }

    private static IQuickAssistInvocationContext context(ISourceViewer viewer, int offset) {
        return new IQuickAssistInvocationContext() {
            @Override public int getOffset() { return offset; }
            @Override public int getLength() { return 0; }
            @Override public ISourceViewer getSourceViewer() { return viewer; }
        };
    }
}
