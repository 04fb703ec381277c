package io.copydeck.eclipse.editor;

import io.copydeck.dsl.diag.Fix;
import io.copydeck.dsl.diag.TextEdit;
import java.util.Comparator;
import java.util.List;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;

/** A checker's suggested fix offered as a quick fix: its edits, applied last to first so offsets hold. */
public final class FixProposal implements ICompletionProposal {
    private final Fix fix;

    public FixProposal(Fix fix) { this.fix = fix; }

    public static void apply(Fix fix, IDocument document) throws BadLocationException {
        List<TextEdit> edits = fix.edits().stream()
                .sorted(Comparator.comparingInt((TextEdit e) -> e.range().startOffset()).reversed()).toList();
        for (TextEdit e : edits) document.replace(e.range().startOffset(), e.range().length(), e.newText());
    }

    @Override
    public void apply(IDocument document) {
        try {
            apply(fix, document);
        } catch (BadLocationException e) {
            // The text changed under the fix since the check: nothing sensible to apply.
        }
    }

    @Override
    public Point getSelection(IDocument document) { return null; }

    @Override
    public String getAdditionalProposalInfo() { return fix.title(); }

    @Override
    public String getDisplayString() { return fix.title(); }

    @Override
    public Image getImage() { return null; }

    @Override
    public IContextInformation getContextInformation() { return null; }
}
