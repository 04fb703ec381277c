package io.copydeck.eclipse.editor;

import io.copydeck.dsl.source.SourceRange;
import io.copydeck.eclipse.Ui;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.AnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.SourceViewer;
import org.eclipse.jface.text.source.VerticalRuler;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Shell;

/**
 * A real JFace SourceViewer in a real shell, configured exactly as the workbench editor is: what
 * the editor does beyond this is the workbench's own plumbing (tested by the workbench launch).
 */
final class EditorHarness implements AutoCloseable {
    final Shell shell = Ui.shell();
    final SourceViewer viewer;
    final IDocument document;
    final List<SourceRange> navigations = new ArrayList<>();
    final SnapshotHolder snapshots;
    final CampaignSourceViewerConfiguration configuration;

    EditorHarness(Path path, String text) {
        shell.setLayout(new FillLayout());
        viewer = new SourceViewer(shell, new VerticalRuler(12), SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        snapshots = new SnapshotHolder(() -> path);
        configuration = new CampaignSourceViewerConfiguration(snapshots, navigations::add);
        viewer.configure(configuration);
        document = new Document(text);
        viewer.setDocument(document, new AnnotationModel());
        shell.open();
        Ui.flush();
    }

    List<CampaignAnnotation> annotations() {
        List<CampaignAnnotation> out = new ArrayList<>();
        IAnnotationModel model = viewer.getAnnotationModel();
        for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext(); ) {
            if (it.next() instanceof CampaignAnnotation a) out.add(a);
        }
        return out;
    }

    boolean hasAnnotation(String code) {
        return annotations().stream().anyMatch(a -> a.diagnostic().code().name().equals(code));
    }

    /** Replaces the first occurrence of {@code from}, as typing would. */
    void replace(String from, String to) throws Exception {
        int at = document.get().indexOf(from);
        if (at < 0) throw new AssertionError("no `" + from + "` in the document");
        document.replace(at, from.length(), to);
    }

    @Override
    public void close() {
        shell.dispose();
        Ui.flush();
    }
}
