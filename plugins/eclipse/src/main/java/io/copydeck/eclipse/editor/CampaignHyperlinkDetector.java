package io.copydeck.eclipse.editor;

import io.copydeck.eclipse.language.Definitions;
import io.copydeck.eclipse.language.SpecSnapshot;
import java.util.Optional;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.jface.text.hyperlink.IHyperlinkDetector;

/** Go to definition: Ctrl+click (or F3) on a reference opens its declaration. */
final class CampaignHyperlinkDetector implements IHyperlinkDetector {
    private final SnapshotHolder snapshots;
    private final DefinitionNavigator navigator;

    CampaignHyperlinkDetector(SnapshotHolder snapshots, DefinitionNavigator navigator) {
        this.snapshots = snapshots;
        this.navigator = navigator;
    }

    @Override
    public IHyperlink[] detectHyperlinks(ITextViewer viewer, IRegion region, boolean canShowMultiple) {
        SpecSnapshot s = snapshots.current(viewer.getDocument());
        if (s == null) return null;
        Optional<Definitions.Link> link = Definitions.at(s, region.getOffset());
        if (link.isEmpty()) return null;
        Definitions.Link l = link.get();
        IRegion where = new Region(l.reference().startOffset(), l.reference().length());
        return new IHyperlink[] {new IHyperlink() {
            @Override public IRegion getHyperlinkRegion() { return where; }
            @Override public String getTypeLabel() { return null; }
            @Override public String getHyperlinkText() { return "Open declaration"; }
            @Override public void open() { navigator.open(l.declaration()); }
        }};
    }
}
