package io.copydeck.eclipse.outline;

import io.copydeck.eclipse.language.OutlineNode;
import io.copydeck.eclipse.language.SpecSnapshot;
import java.util.List;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

/** The Outline view's page for a spec, refreshed after each background check; a click reveals the block. */
public final class CampaignOutlinePage extends ContentOutlinePage {
    /** Selects a range in the editor. */
    public interface Reveal { void reveal(int offset, int length); }

    private final Reveal reveal;
    private List<OutlineNode> nodes = List.of();

    public CampaignOutlinePage(Reveal reveal) { this.reveal = reveal; }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        TreeViewer viewer = getTreeViewer();
        viewer.setContentProvider(new OutlineContent());
        viewer.setLabelProvider(new OutlineContent.Labels());
        viewer.setInput(nodes);
        viewer.expandToLevel(2);
        viewer.addSelectionChangedListener(e -> {
            if (((IStructuredSelection) e.getSelection()).getFirstElement() instanceof OutlineNode n) {
                reveal.reveal(n.range().startOffset(), 0);
            }
        });
    }

    /** Called on the UI thread. A text that no longer parses keeps its last good outline. */
    public void update(SpecSnapshot snapshot) {
        List<OutlineNode> fresh = OutlineNode.of(snapshot.rootFile());
        if (fresh.isEmpty() && !nodes.isEmpty()) return;
        nodes = fresh;
        TreeViewer viewer = getTreeViewer();
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.setInput(nodes);
            viewer.expandToLevel(2);
        }
    }

    public List<OutlineNode> nodes() { return nodes; }
}
