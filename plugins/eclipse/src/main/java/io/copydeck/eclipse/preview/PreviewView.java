package io.copydeck.eclipse.preview;

import io.copydeck.dsl.model.Campaign;
import io.copydeck.eclipse.editor.CampaignEditor;
import io.copydeck.eclipse.language.SpecSnapshot;
import java.nio.file.Path;
import org.eclipse.jface.action.Action;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;

/** The Copydeck Preview view: the build output of the spec in the active campaign editor. */
public final class PreviewView extends ViewPart {
    public static final String ID = "io.copydeck.eclipse.preview";

    private PreviewPanel panel;
    private final IPartListener2 follower = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference ref) { follow(ref.getPart(false)); }
    };

    @Override
    public void createPartControl(Composite parent) {
        panel = new PreviewPanel(parent);
        getSite().getPage().addPartListener(follower);
        follow(getSite().getPage().getActiveEditor());
        Action refresh = new Action("Refresh") {
            @Override
            public void run() { panel.refresh(); }
        };
        getViewSite().getActionBars().getToolBarManager().add(refresh);
    }

    public PreviewPanel panel() { return panel; }

    /** Shows the given spec's output; public so that a spec can be previewed without an editor. */
    public void showSpec(Path spec) {
        SpecSnapshot s = SpecSnapshot.of(spec, readQuietly(spec));
        Campaign c = s.result().spec().campaign();
        panel.show(spec, OutputFolders.forSpec(spec, c == null ? null : c.id()));
    }

    private void follow(IWorkbenchPart part) {
        if (part instanceof CampaignEditor editor && editor.specPath() != null) showSpec(editor.specPath());
    }

    private static String readQuietly(Path p) {
        try {
            return java.nio.file.Files.readString(p);
        } catch (java.io.IOException e) {
            return "";
        }
    }

    @Override
    public void setFocus() { panel.control().setFocus(); }

    @Override
    public void dispose() {
        getSite().getPage().removePartListener(follower);
        super.dispose();
    }
}
