package io.copydeck.eclipse.builder;

import io.copydeck.eclipse.editor.SnapshotListener;
import io.copydeck.eclipse.language.SpecSnapshot;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.MultiRule;

/**
 * Problems-view markers that follow an editor's text as it is typed, saved or not. The reconciler
 * hands each check of the text here (on its background thread); a workspace job then replaces the
 * file's markers with its diagnostics, never on the UI thread. Rapid edits coalesce: the job marks
 * only the latest check it finds, however many arrived while it waited or ran. When the editor
 * closes, saved or not, the file on disk is checked again: markers then describe the saved file,
 * which is what the Problems view shows for files no editor has open.
 */
public final class LiveMarkers implements SnapshotListener {
    private interface Marking { void run() throws CoreException; }

    private final IFile file;
    private final Job job;
    private Marking pending;
    private boolean closed;

    public LiveMarkers(IFile file) {
        this.file = file;
        this.job = new WorkspaceJob("Marking problems in " + file.getName()) {
            @Override
            public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
                Marking next = take();
                if (next != null && file.exists()) next.run();
                return Status.OK_STATUS;
            }
        };
        // The marker rule (none, in the default rule factory) and the file: never interleaved with
        // the builder marking the same file, so the two cannot leave each other's markers behind.
        job.setRule(MultiRule.combine(ResourcesPlugin.getWorkspace().getRuleFactory().markerRule(file), file));
        job.setSystem(true);
        job.setPriority(Job.SHORT);
    }

    /** A check of the editor's text: its diagnostics become the file's markers. */
    @Override
    public void checked(SpecSnapshot snapshot) {
        offer(() -> ProblemMarkers.replace(file, snapshot.path(), snapshot.result().diagnostics()), false);
    }

    /** The editor closed: mark the file as saved, and ignore checks of its text still on their way. */
    public void editorClosed() {
        offer(() -> ProblemMarkers.check(file), true);
    }

    /** The job that marks, for tests that wait for it. */
    public Job job() { return job; }

    private synchronized void offer(Marking marking, boolean last) {
        if (closed) return;
        closed = last;
        pending = marking;
        job.schedule(); // no-op while it waits; once more after the current run while it runs
    }

    private synchronized Marking take() {
        Marking next = pending;
        pending = null;
        return next;
    }
}
