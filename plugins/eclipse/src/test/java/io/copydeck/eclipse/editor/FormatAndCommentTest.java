package io.copydeck.eclipse.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.copydeck.eclipse.Fixtures;
import io.copydeck.eclipse.Ui;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.source.ISourceViewer;
import org.junit.jupiter.api.Test;

class FormatAndCommentTest {
    @Test
    void format_operation_rewrites_the_spec_in_canonical_layout() {
        String messy = "audience   a {description:\"People\"}\n";
        try (EditorHarness h = new EditorHarness(Fixtures.repoRoot().resolve("x.campaign"), messy)) {
            h.viewer.getTextOperationTarget().doOperation(ISourceViewer.FORMAT);
            Ui.flush();
            assertEquals("audience a {\n  description: \"People\"\n}\n", h.document.get());
        }
    }

    @Test
    void format_leaves_a_file_with_syntax_errors_alone() {
        String broken = "audience   a {description:\n";
        Document d = new Document(broken);
        new CampaignContentFormatter().format(d, null);
        assertEquals(broken, d.get());
    }

    @Test
    void toggle_comments_out_and_back_in() throws Exception {
        Document d = new Document("a {\n  b: 1\n}\n");
        CommentToggler.toggle(d, 0, 9);
        assertEquals("// a {\n//   b: 1\n}\n", d.get());
        CommentToggler.toggle(d, 0, 10);
        assertEquals("a {\n  b: 1\n}\n", d.get());
    }
}
