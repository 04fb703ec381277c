package io.copydeck.eclipse.editor;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.contentassist.ContentAssistant;
import org.eclipse.jface.text.contentassist.IContentAssistant;
import org.eclipse.jface.text.formatter.IContentFormatter;
import org.eclipse.jface.text.hyperlink.IHyperlinkDetector;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.quickassist.IQuickAssistAssistant;
import org.eclipse.jface.text.quickassist.QuickAssistAssistant;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.reconciler.MonoReconciler;
import org.eclipse.jface.text.source.DefaultAnnotationHover;
import org.eclipse.jface.text.source.IAnnotationHover;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.SourceViewerConfiguration;

/**
 * Everything the campaign editor adds to a text viewer. Pure JFace, so that a plain SourceViewer in
 * a test gets exactly what the workbench editor gets.
 */
public class CampaignSourceViewerConfiguration extends SourceViewerConfiguration {
    /** How long the reconciler waits after the last keystroke before checking. */
    static final int RECONCILE_DELAY_MS = 300;

    private final SnapshotHolder snapshots;
    private final DefinitionNavigator navigator;

    public CampaignSourceViewerConfiguration(SnapshotHolder snapshots, DefinitionNavigator navigator) {
        this.snapshots = snapshots;
        this.navigator = navigator;
    }

    public SnapshotHolder snapshots() { return snapshots; }

    @Override
    public IPresentationReconciler getPresentationReconciler(ISourceViewer viewer) {
        PresentationReconciler reconciler = new PresentationReconciler();
        WholeDocumentDamager dr = new WholeDocumentDamager();
        reconciler.setDamager(dr, IDocument.DEFAULT_CONTENT_TYPE);
        reconciler.setRepairer(dr, IDocument.DEFAULT_CONTENT_TYPE);
        return reconciler;
    }

    @Override
    public IReconciler getReconciler(ISourceViewer viewer) {
        MonoReconciler reconciler = new MonoReconciler(
                new CampaignReconcilingStrategy(viewer, snapshots::path, snapshots), false);
        reconciler.setDelay(RECONCILE_DELAY_MS);
        return reconciler;
    }

    @Override
    public IContentAssistant getContentAssistant(ISourceViewer viewer) {
        ContentAssistant assistant = new ContentAssistant();
        assistant.setContentAssistProcessor(new CampaignCompletionProcessor(snapshots), IDocument.DEFAULT_CONTENT_TYPE);
        assistant.enableAutoActivation(true);
        assistant.setAutoActivationDelay(200);
        assistant.setInformationControlCreator(getInformationControlCreator(viewer));
        return assistant;
    }

    @Override
    public IQuickAssistAssistant getQuickAssistAssistant(ISourceViewer viewer) {
        QuickAssistAssistant assistant = new QuickAssistAssistant();
        assistant.setQuickAssistProcessor(new CampaignQuickAssistProcessor());
        assistant.setInformationControlCreator(getInformationControlCreator(viewer));
        return assistant;
    }

    @Override
    public ITextHover getTextHover(ISourceViewer viewer, String contentType) {
        return new CampaignTextHover(snapshots);
    }

    @Override
    public IAnnotationHover getAnnotationHover(ISourceViewer viewer) {
        return new DefaultAnnotationHover();
    }

    @Override
    public IHyperlinkDetector[] getHyperlinkDetectors(ISourceViewer viewer) {
        return new IHyperlinkDetector[] {new CampaignHyperlinkDetector(snapshots, navigator)};
    }

    @Override
    public IContentFormatter getContentFormatter(ISourceViewer viewer) {
        return new CampaignContentFormatter();
    }

    @Override
    public String[] getDefaultPrefixes(ISourceViewer viewer, String contentType) {
        return new String[] {"//", ""};
    }
}
