package io.copydeck.eclipse.editor;

import io.copydeck.dsl.diag.Diagnostic;
import io.copydeck.eclipse.language.SpecSnapshot;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.jface.text.source.ISourceViewer;

/**
 * Runs the checker on the editor's text in the reconciler's background thread and swaps the
 * editor's annotations for the new diagnostics in one step, so typing is never blocked.
 */
final class CampaignReconcilingStrategy implements IReconcilingStrategy, IReconcilingStrategyExtension {
    private final ISourceViewer viewer;
    private final Supplier<Path> path;
    private final SnapshotListener listener;
    private IDocument document;

    CampaignReconcilingStrategy(ISourceViewer viewer, Supplier<Path> path, SnapshotListener listener) {
        this.viewer = viewer;
        this.path = path;
        this.listener = listener;
    }

    @Override
    public void setDocument(IDocument document) { this.document = document; }

    @Override
    public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) { check(); }

    @Override
    public void reconcile(IRegion partition) { check(); }

    @Override
    public void setProgressMonitor(org.eclipse.core.runtime.IProgressMonitor monitor) {}

    @Override
    public void initialReconcile() { check(); }

    private void check() {
        if (document == null || path.get() == null) return;
        SpecSnapshot snapshot = SpecSnapshot.of(path.get(), document.get());
        IAnnotationModel model = viewer.getAnnotationModel();
        if (model != null) replaceAnnotations(model, snapshot);
        listener.checked(snapshot);
    }

    static void replaceAnnotations(IAnnotationModel model, SpecSnapshot snapshot) {
        List<Annotation> old = new ArrayList<>();
        for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext(); ) {
            Annotation a = it.next();
            if (a instanceof CampaignAnnotation) old.add(a);
        }
        Map<Annotation, Position> added = new HashMap<>();
        int length = snapshot.text().length();
        for (Diagnostic d : snapshot.result().diagnostics()) {
            // Problems in imported files belong to those files; the builder marks them there.
            if (!snapshot.samePath(d.range().file())) continue;
            int start = Math.min(d.range().startOffset(), length);
            int end = Math.min(Math.max(d.range().endOffset(), start + 1), length);
            added.put(new CampaignAnnotation(d), new Position(start, Math.max(0, end - start)));
        }
        if (model instanceof IAnnotationModelExtension ext) {
            ext.replaceAnnotations(old.toArray(Annotation[]::new), added);
        } else {
            old.forEach(model::removeAnnotation);
            added.forEach(model::addAnnotation);
        }
    }
}
