package io.copydeck.eclipse.editor;

import io.copydeck.dsl.format.Formatter;
import io.copydeck.dsl.source.SourceFile;
import io.copydeck.dsl.syntax.Syntax;
import io.copydeck.dsl.syntax.SyntaxParser;
import java.nio.file.Path;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.formatter.IContentFormatter;
import org.eclipse.jface.text.formatter.IFormattingStrategy;

/**
 * Ctrl+Shift+F: the language's own formatter over the whole file. A file with syntax errors is
 * left alone, as `copydeck fmt` does: the formatter could only guess at its shape.
 */
public final class CampaignContentFormatter implements IContentFormatter {
    @Override
    public void format(IDocument document, IRegion region) {
        String text = document.get();
        Syntax.File file = SyntaxParser.parse(new SourceFile(Path.of("editor.campaign"), text));
        if (!file.diagnostics().isEmpty()) return;
        String formatted = Formatter.format(file);
        if (formatted.equals(text)) return;
        try {
            // Replace only the differing middle, so markers and the caret before it stay put.
            int start = 0;
            while (start < text.length() && start < formatted.length() && text.charAt(start) == formatted.charAt(start)) start++;
            int endOld = text.length();
            int endNew = formatted.length();
            while (endOld > start && endNew > start && text.charAt(endOld - 1) == formatted.charAt(endNew - 1)) {
                endOld--;
                endNew--;
            }
            document.replace(start, endOld - start, formatted.substring(start, endNew));
        } catch (BadLocationException e) {
            throw new IllegalStateException("offsets come from the document itself", e);
        }
    }

    @Override
    public IFormattingStrategy getFormattingStrategy(String contentType) { return null; }
}
