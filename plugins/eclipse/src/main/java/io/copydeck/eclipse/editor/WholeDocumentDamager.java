package io.copydeck.eclipse.editor;

import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITypedRegion;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;

/**
 * Typing `"""` or `/*` changes the colour of everything after it, so a change damages the rest of
 * the document, not just its line. Specs are a few hundred lines: re-colouring is cheap.
 */
final class WholeDocumentDamager extends DefaultDamagerRepairer {
    WholeDocumentDamager() {
        super(new CampaignTokenScanner());
    }

    @Override
    public IRegion getDamageRegion(ITypedRegion partition, DocumentEvent event, boolean changed) {
        int start = 0;
        try {
            start = fDocument.getLineOffset(fDocument.getLineOfOffset(event.getOffset()));
        } catch (org.eclipse.jface.text.BadLocationException e) {
            // fall back to the whole document
        }
        return new Region(start, fDocument.getLength() - start);
    }
}
