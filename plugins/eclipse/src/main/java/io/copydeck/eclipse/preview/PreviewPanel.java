package io.copydeck.eclipse.preview;

import io.copydeck.compiler.output.BuildOutput;
import io.copydeck.compiler.output.BuildOutputReader;
import io.copydeck.compiler.output.BuiltAsset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * The asset preview: the build output of a spec, grouped by channel, with each asset's variant,
 * status and constraint badge, the selected asset's text, and the regenerate / approve / open actions.
 * Plain SWT and JFace, so that the view and the tests host the same widget.
 */
public final class PreviewPanel {
    private final Composite root;
    private final Label heading;
    private final TreeViewer tree;
    private final StyledText detail;
    private final Button regenerate;
    private final Button approve;
    private final Button openDeck;
    private Path spec;
    private Path folder;
    private BuildOutput output;
    private Job lastJob;

    public PreviewPanel(Composite parent) {
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(3, false));
        heading = new Label(root, SWT.NONE);
        heading.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        regenerate = button("Regenerate channel");
        approve = button("Approve variant");
        openDeck = button("Open copy deck");
        SashForm sash = new SashForm(root, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        tree = new TreeViewer(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        tree.getTree().setHeaderVisible(true);
        column("Asset", 190, AssetLabels::name, e -> null);
        column("Status", 75, AssetLabels::status, e -> e instanceof BuiltAsset a && a.approved() ? GREEN
                : e instanceof BuiltAsset a && a.failed() ? RED : null);
        column("Checks", 55, AssetLabels::badge,
                e -> e instanceof BuiltAsset a ? (a.allChecksPass() ? GREEN : RED) : null);
        tree.setContentProvider(new AssetTreeContent());
        detail = new StyledText(sash, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.READ_ONLY);
        detail.setLeftMargin(6);
        detail.setTopMargin(4);
        sash.setWeights(62, 38);
        tree.addSelectionChangedListener(e -> selectionChanged());
        regenerate.addListener(SWT.Selection, e -> regenerateSelectedChannel());
        approve.addListener(SWT.Selection, e -> approveSelectedAsset());
        openDeck.addListener(SWT.Selection, e -> Program.launch(folder.resolve("index.html").toString()));
        show(null, null);
    }

    public Composite control() { return root; }
    public TreeViewer tree() { return tree; }
    public String heading() { return heading.getText(); }
    public String detail() { return detail.getText(); }
    public BuildOutput output() { return output; }

    /** Shows the build output of {@code spec} found in {@code outputFolder}, or says why there is none. */
    public void show(Path spec, Path outputFolder) {
        this.spec = spec;
        this.folder = outputFolder;
        this.output = null;
        String message;
        if (spec == null) {
            message = "Open a .campaign spec to preview its assets.";
        } else if (!BuildOutput.exists(outputFolder)) {
            message = "No build output for " + spec.getFileName() + " yet: run `copydeck build` (expected in "
                    + outputFolder + ")";
        } else {
            try {
                output = new BuildOutputReader().read(outputFolder);
                message = output.campaign().title() + " \u2014 " + output.assets().size() + " assets in "
                        + output.byChannel().size() + " channels";
            } catch (IOException | RuntimeException e) {
                message = "Cannot read the build output in " + outputFolder + ": " + e.getMessage();
            }
        }
        heading.setText(message);
        tree.setInput(output);
        tree.expandAll();
        detail.setText("");
        updateButtons();
        root.layout(true, true);
    }

    /** Reads the folder again (after a build or an approval). */
    public void refresh() { show(spec, folder); }

    private void selectionChanged() {
        Object selected = selected();
        detail.setText(selected instanceof BuiltAsset a ? AssetLabels.mockUp(a) : "");
        if (selected instanceof BuiltAsset a) emphasise(a);
        updateButtons();
    }

    /** Field names bold, the checks green or red: the mock-up reads like the copy deck's card. */
    private void emphasise(BuiltAsset a) {
        String text = detail.getText();
        int first = text.indexOf('\n');
        detail.setStyleRange(new StyleRange(0, Math.max(0, first), null, null, SWT.BOLD));
        for (String field : a.fields().keySet()) {
            int at = text.indexOf(field.toUpperCase() + "\n");
            if (at >= 0) {
                StyleRange r = new StyleRange(at, field.length(), new org.eclipse.swt.graphics.Color(100, 100, 100), null, SWT.BOLD);
                detail.setStyleRange(r);
            }
        }
        for (BuiltAsset.Check c : a.checks()) {
            int at = text.indexOf((c.ok() ? "\u2713 " : "\u2717 ") + c.message());
            if (at >= 0) detail.setStyleRange(new StyleRange(at, 1, c.ok() ? GREEN : RED, null, SWT.BOLD));
        }
    }

    private Object selected() {
        return ((IStructuredSelection) tree.getSelection()).getFirstElement();
    }

    private void updateButtons() {
        Object selected = selected();
        regenerate.setEnabled(output != null && selected != null);
        approve.setEnabled(output != null && selected instanceof BuiltAsset a && !a.status().equals("approved"));
        openDeck.setEnabled(folder != null && Files.isRegularFile(folder.resolve("index.html")));
    }

    private void regenerateSelectedChannel() {
        Object selected = selected();
        String channel = selected instanceof BuiltAsset a ? a.channelKey()
                : ((AssetTreeContent.ChannelGroup) selected).key();
        runInBackground("Regenerating " + channel, m -> AssetPipelines.get().regenerate(spec, folder, channel, m));
    }

    private void approveSelectedAsset() {
        if (!(selected() instanceof BuiltAsset a)) return;
        runInBackground("Approving " + a.id(), m -> AssetPipelines.get().approve(spec, folder, a.id(), m));
    }

    private interface Work { void run(IProgressMonitor monitor) throws Exception; }

    /** Generation may take minutes: an Eclipse Job with progress and cancel, then a refresh on the UI thread. */
    private void runInBackground(String name, Work work) {
        Job job = Job.create(name, monitor -> {
            try {
                work.run(monitor);
                return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
            } catch (Exception e) {
                return new Status(IStatus.WARNING, "io.copydeck.eclipse", name + " failed: " + e.getMessage(), e);
            } finally {
                if (!root.isDisposed()) root.getDisplay().asyncExec(() -> { if (!root.isDisposed()) refresh(); });
            }
        });
        job.setUser(true);
        job.schedule();
        lastJob = job;
    }

    /** The job the last action started, for tests and for the view's progress. */
    public Job lastJob() { return lastJob; }

    private Button button(String text) {
        Button b = new Button(root, SWT.PUSH);
        b.setText(text);
        return b;
    }

    // Device-less colours need no disposal.
    private static final org.eclipse.swt.graphics.Color GREEN = new org.eclipse.swt.graphics.Color(0, 128, 0);
    private static final org.eclipse.swt.graphics.Color RED = new org.eclipse.swt.graphics.Color(192, 0, 0);

    private void column(String title, int width, java.util.function.Function<Object, String> text,
                        java.util.function.Function<Object, org.eclipse.swt.graphics.Color> colour) {
        TreeViewerColumn c = new TreeViewerColumn(tree, SWT.LEFT);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) { return text.apply(element); }

            @Override
            public org.eclipse.swt.graphics.Color getForeground(Object element) { return colour.apply(element); }
        });
    }
}
