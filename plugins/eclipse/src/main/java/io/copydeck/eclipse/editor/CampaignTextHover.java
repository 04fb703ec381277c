package io.copydeck.eclipse.editor;

import io.copydeck.eclipse.language.HoverDocs;
import io.copydeck.eclipse.language.SpecSnapshot;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;

/** Hover documentation from the schema for blocks, properties, channel kinds and references. */
final class CampaignTextHover implements ITextHover {
    private final HoverDocs docs = new HoverDocs();
    private final SnapshotHolder snapshots;

    CampaignTextHover(SnapshotHolder snapshots) { this.snapshots = snapshots; }

    @Override
    public String getHoverInfo(ITextViewer viewer, IRegion region) {
        SpecSnapshot s = snapshots.current(viewer.getDocument());
        return s == null ? null : docs.at(s, region.getOffset()).orElse(null);
    }

    /** The word under the pointer, so that the hover stays up while the pointer moves within it. */
    @Override
    public IRegion getHoverRegion(ITextViewer viewer, int offset) {
        String text = viewer.getDocument().get();
        int start = offset;
        int end = offset;
        while (start > 0 && isWordPart(text.charAt(start - 1))) start--;
        while (end < text.length() && isWordPart(text.charAt(end))) end++;
        return new Region(start, end - start);
    }

    private static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
