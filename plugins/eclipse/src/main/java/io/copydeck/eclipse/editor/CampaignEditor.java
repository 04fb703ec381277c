package io.copydeck.eclipse.editor;

import io.copydeck.dsl.source.SourceRange;
import io.copydeck.eclipse.builder.LiveMarkers;
import io.copydeck.eclipse.language.Definitions;
import io.copydeck.eclipse.language.SpecSnapshot;
import io.copydeck.eclipse.outline.CampaignOutlinePage;
import java.nio.file.Path;
import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceStore;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.source.DefaultCharacterPairMatcher;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ChainedPreferenceStore;
import org.eclipse.ui.texteditor.SourceViewerDecorationSupport;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

/** The editor for `.campaign` specs: a text editor with the campaign language's configuration. */
public class CampaignEditor extends TextEditor {
    public static final String ID = "io.copydeck.eclipse.editor";
    public static final String CONTEXT = "io.copydeck.eclipse.editorScope";
    static final String BRACKETS = "io.copydeck.eclipse.matchingBrackets";
    static final String BRACKETS_COLOUR = "io.copydeck.eclipse.matchingBracketsColor";

    /** Set in initializeEditor(), which the superclass constructor calls before field initialisers run. */
    private SnapshotHolder snapshots;
    private CampaignOutlinePage outline;
    /** Problems-view markers from the text as typed, for an editor on a workspace file (else null). */
    private volatile LiveMarkers markers;

    @Override
    protected void initializeEditor() {
        super.initializeEditor();
        snapshots = new SnapshotHolder(this::specPath);
        setSourceViewerConfiguration(new CampaignSourceViewerConfiguration(snapshots, this::openDeclaration));
        PreferenceStore own = new PreferenceStore();
        own.setValue(BRACKETS, true);
        own.setValue(BRACKETS_COLOUR, "128,128,128");
        setPreferenceStore(new ChainedPreferenceStore(new IPreferenceStore[] {own, EditorsUI.getPreferenceStore()}));
        setKeyBindingScopes(new String[] {CONTEXT});
        snapshots.addListener(s -> {
            Display display = Display.getDefault();
            if (!display.isDisposed()) display.asyncExec(() -> { if (outline != null) outline.update(s); });
        });
        snapshots.addListener(s -> {
            LiveMarkers m = markers;
            if (m != null) m.checked(s);
        });
    }

    @Override
    protected void doSetInput(IEditorInput input) throws CoreException {
        LiveMarkers before = markers;
        if (before != null) before.editorClosed();
        super.doSetInput(input);
        markers = input instanceof IFileEditorInput f ? new LiveMarkers(f.getFile()) : null;
    }

    private static void joinQuietly(org.eclipse.core.runtime.jobs.Job job) {
        try {
            job.join(2000, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The live markers of this editor's file, or null when it is not a workspace file. */
    public LiveMarkers liveMarkers() { return markers; }

    @Override
    public void dispose() {
        LiveMarkers m = markers;
        markers = null;
        if (m != null) {
            // Closed without saving, the markers of the unsaved text would outlive it: mark the saved file.
            m.editorClosed();
            // At shutdown the workspace is saved next, markers with it: let them be the saved file's.
            if (PlatformUI.isWorkbenchRunning() && PlatformUI.getWorkbench().isClosing()) joinQuietly(m.job());
        }
        super.dispose();
    }

    @Override
    protected void configureSourceViewerDecorationSupport(SourceViewerDecorationSupport support) {
        support.setCharacterPairMatcher(new DefaultCharacterPairMatcher(new char[] {'{', '}'}));
        support.setMatchingCharacterPainterPreferenceKeys(BRACKETS, BRACKETS_COLOUR);
        super.configureSourceViewerDecorationSupport(support);
    }

    @Override
    protected void createActions() {
        super.createActions();
        action("io.copydeck.eclipse.format", "Format", () -> getSourceViewer().getTextOperationTarget()
                .doOperation(ISourceViewer.FORMAT));
        action("io.copydeck.eclipse.toggleComment", "Toggle Comment", () -> {
            ITextSelection s = (ITextSelection) getSelectionProvider().getSelection();
            try {
                CommentToggler.toggle(getDocumentProvider().getDocument(getEditorInput()), s.getOffset(), s.getLength());
            } catch (BadLocationException e) {
                // the selection came from this document
            }
        });
        action("io.copydeck.eclipse.openDeclaration", "Open Declaration", () -> {
            ITextSelection s = (ITextSelection) getSelectionProvider().getSelection();
            SpecSnapshot snapshot = snapshots.current(getDocumentProvider().getDocument(getEditorInput()));
            if (snapshot != null) Definitions.at(snapshot, s.getOffset()).ifPresent(l -> openDeclaration(l.declaration()));
        });
    }

    private void action(String commandId, String name, Runnable run) {
        Action a = new Action(name) {
            @Override
            public void run() { run.run(); }
        };
        a.setActionDefinitionId(commandId);
        setAction(name, a);
    }

    /** The spec's place on disk, so that its imports resolve relative to it. */
    public Path specPath() {
        IEditorInput input = getEditorInput();
        if (input instanceof IFileEditorInput f && f.getFile().getLocation() != null) {
            return f.getFile().getLocation().toFile().toPath();
        }
        if (input instanceof IURIEditorInput u && "file".equals(u.getURI().getScheme())) return Path.of(u.getURI());
        return null;
    }

    public SnapshotHolder snapshots() { return snapshots; }

    public ISourceViewer viewer() { return getSourceViewer(); }

    public IFile file() {
        return getEditorInput() instanceof IFileEditorInput f ? f.getFile() : null;
    }

    void openDeclaration(SourceRange declaration) {
        Path here = specPath();
        if (here != null && here.toAbsolutePath().normalize().equals(declaration.file().toAbsolutePath().normalize())) {
            selectAndReveal(declaration.startOffset(), declaration.length());
            return;
        }
        try {
            // A workspace file opens as one (markers, Problems); a file outside it from the file system.
            org.eclipse.core.resources.IFile[] inWorkspace = org.eclipse.core.resources.ResourcesPlugin.getWorkspace()
                    .getRoot().findFilesForLocationURI(declaration.file().toUri());
            IEditorPart part = inWorkspace.length > 0
                    ? IDE.openEditor(getSite().getPage(), inWorkspace[0], ID)
                    : IDE.openEditorOnFileStore(getSite().getPage(), EFS.getLocalFileSystem().getStore(declaration.file().toUri()));
            if (part instanceof CampaignEditor other) other.selectAndReveal(declaration.startOffset(), declaration.length());
        } catch (PartInitException e) {
            // The declaration's file vanished since the check: nothing to show.
        }
    }

    @Override
    public <T> T getAdapter(Class<T> type) {
        if (type == IContentOutlinePage.class) {
            if (outline == null) {
                outline = new CampaignOutlinePage(this::selectAndReveal);
                if (snapshots.latest() != null) outline.update(snapshots.latest());
            }
            return type.cast(outline);
        }
        return super.getAdapter(type);
    }
}
