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

    @Override
    public IRegion getHoverRegion(ITextViewer viewer, int offset) {
        return new Region(offset, 0);
    }
}
