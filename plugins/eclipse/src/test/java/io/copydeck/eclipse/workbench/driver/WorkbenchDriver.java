package io.copydeck.eclipse.workbench.driver;

import io.copydeck.eclipse.builder.CampaignNature;
import io.copydeck.eclipse.builder.ProblemMarkers;
import io.copydeck.eclipse.editor.CampaignAnnotation;
import io.copydeck.eclipse.editor.CampaignEditor;
import io.copydeck.eclipse.outline.CampaignOutlinePage;
import io.copydeck.eclipse.preview.PreviewView;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.IWorkspaceDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

/**
 * Runs inside a real Eclipse IDE workbench (started by WorkbenchIT): sets up projects with the
 * example specs, lets the builder build the spring-launch spec's assets through the `copydeck` CLI,
 * opens the editor, outline, Problems and preview, regenerates and approves in the preview, types a
 * mistake, checks what each shows, takes a screenshot, writes what it saw to a properties file, and
 * closes the workbench.
 */
public final class WorkbenchDriver implements IStartup {
    private final Properties seen = new Properties();
    private final List<String> logErrors = new CopyOnWriteArrayList<>();

    @Override
    public void earlyStartup() {
        Path out = Path.of(System.getProperty("copydeck.driver.out"));
        Platform.addLogListener((status, plugin) -> {
            if (status.getSeverity() >= IStatus.WARNING) logErrors.add(plugin + ": " + status.getMessage()
                    + (status.getException() == null ? "" : " " + stackTrace(status.getException())));
        });
        try {
            drive(out);
            seen.setProperty("outcome", "ok");
        } catch (Throwable t) {
            seen.setProperty("outcome", "failed: " + stackTrace(t));
        }
        seen.setProperty("logErrors", String.join("\n", logErrors));
        try (OutputStream o = Files.newOutputStream(out.resolve("seen.properties"))) {
            seen.store(o, "what the workbench driver saw");
        } catch (IOException e) {
            e.printStackTrace();
        }
        Display.getDefault().asyncExec(() -> {
            for (var window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
                for (var page : window.getPages()) page.closeAllEditors(false); // the typed mistake is not saved
            }
            boolean closed = PlatformUI.getWorkbench().close();
            note(out, "close returned " + closed);
        });
        // Should a dialog block the close, say what is open and leave, so that the test reports instead of hanging.
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(30_000);
                Display.getDefault().asyncExec(() -> {
                    StringBuilder shells = new StringBuilder("still open after 30 s:");
                    for (Shell s : Display.getDefault().getShells()) {
                        shells.append(" [").append(s.getText()).append(s.isVisible() ? " visible" : "").append(']');
                    }
                    note(out, shells.toString());
                });
                Thread.sleep(10_000);
            } catch (InterruptedException e) {
                return;
            }
            StringBuilder threads = new StringBuilder("threads left:\n");
            Thread.getAllStackTraces().forEach((t, st) -> {
                if (t.isDaemon()) return;
                threads.append(t.getName()).append('\n');
                for (int i = 0; i < Math.min(8, st.length); i++) threads.append("    ").append(st[i]).append('\n');
            });
            note(out, threads.toString());
            Runtime.getRuntime().halt(3);
        }, "copydeck-driver-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    private void drive(Path out) throws Exception {
        Path examples = Path.of(System.getProperty("copydeck.examples"));
        IWorkspace workspace = ResourcesPlugin.getWorkspace();
        IWorkspaceDescription description = workspace.getDescription();
        description.setAutoBuilding(true); // as a user's workspace is: saving (or creating) a spec builds it
        workspace.setDescription(description);
        long start = System.nanoTime();
        IProject project = createProject("examples", false, examples, "autumn-tea.campaign", "mistakes.campaign",
                "shared/northwind-brand.campaign");
        // With `buildAssets=true` the builder hands the clean spec to the real pipeline: `copydeck build`
        // through the CLI, inside the platform's "Building workspace" job.
        IProject spring = createProject("spring-launch", true, examples, "spring-launch.campaign",
                "shared/aurora-brand.campaign");
        waitForAutoBuild();
        seen.setProperty("assetBuild.seconds", String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e9));
        IFile spec = spring.getFile("spring-launch.campaign");
        IFile autumn = project.getFile("autumn-tea.campaign");
        IFile mistakes = project.getFile("mistakes.campaign");
        seen.setProperty("markers.mistakes", String.valueOf(markers(mistakes).length));
        seen.setProperty("markers.autumn", String.valueOf(markers(autumn).length));
        seen.setProperty("markers.spring", markerTexts(spec));

        CampaignEditor editor = ui(() -> {
            IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
            Shell shell = page.getWorkbenchWindow().getShell();
            shell.setBounds(Display.getDefault().getPrimaryMonitor().getBounds());
            page.showView(IPageLayout.ID_PROBLEM_VIEW);
            page.showView(PreviewView.ID);
            page.showView(IPageLayout.ID_OUTLINE);
            CampaignEditor e = (CampaignEditor) IDE.openEditor(page, spec);
            page.activate(e);
            return e;
        });
        waitFor("the preview of the build", () -> ui(() -> preview().panel().output() != null));
        previewActions();

        // A mistake typed, not saved: the squiggle comes from the background check, and so does the
        // Problems-view marker; the builder runs only on save.
        ui(() -> {
            IDocument d = editor.getDocumentProvider().getDocument(editor.getEditorInput());
            int at = d.get().indexOf("brand: aurora") + "brand: ".length();
            d.replace(at, "aurora".length(), "aurra");
            editor.selectAndReveal(at, 0);
            return null;
        });
        waitFor("the E201 annotation", () -> ui(() -> annotationCodes(editor).contains("E201")));
        waitFor("the E201 marker of the unsaved text", () -> markerCodes(spec).contains("E201"));
        seen.setProperty("liveMarkers.typed", markerCodes(spec) + (ui(editor::isDirty) ? " (unsaved)" : " (saved?)"));
        waitFor("the outline", () -> ui(() -> outline(editor).nodes().size() > 0));

        ui(() -> {
            seen.setProperty("editor.class", editor.getClass().getName());
            seen.setProperty("annotations", annotationCodes(editor));
            String text = editor.viewer().getTextWidget().getText();
            StyleRange keyword = editor.viewer().getTextWidget().getStyleRangeAtOffset(text.indexOf("campaign spring_launch"));
            seen.setProperty("keyword.style", keyword == null ? "none"
                    : keyword.foreground.getRGB() + (((keyword.fontStyle & SWT.BOLD) != 0) ? " bold" : ""));
            seen.setProperty("outline", String.join(", ", outline(editor).nodes().stream().map(n -> n.label()).toList()));
            IWorkbenchPage page = editor.getSite().getPage();
            seen.setProperty("problems.view", String.valueOf(page.findView(IPageLayout.ID_PROBLEM_VIEW) != null));
            PreviewView preview = preview();
            seen.setProperty("preview.heading", preview.panel().heading());
            seen.setProperty("preview.channels", String.valueOf(preview.panel().tree().getTree().getItemCount()));
            seen.setProperty("preview.folder", preview.panel().output().folder().toString());
            Object shown = preview.panel().output().byChannel().get("email.welcome").get(1);
            preview.panel().tree().setSelection(new StructuredSelection(shown), true);
            var tree = preview.panel().tree().getTree();
            tree.setTopItem(tree.getItem(0)); // the channel's row above its assets
            editor.setFocus();
            return null;
        });
        settle(1500);
        Path png = out.resolve("eclipse-workbench.png");
        ui(() -> {
            Display display = Display.getDefault();
            GC gc = new GC(display);
            Image image = new Image(display, display.getBounds());
            gc.copyArea(image, 0, 0);
            gc.dispose();
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] {image.getImageData()};
            loader.save(png.toString(), SWT.IMAGE_PNG);
            image.dispose();
            return null;
        });
        seen.setProperty("screenshot", png.toString());
        liveMarkersFollowTheText(editor, spec);
        afterTheScreenshot(project);
    }

    /**
     * The preview's buttons on the real build, as a user presses them: Regenerate channel (sms) and
     * Approve variant (the first welcome email), each an Eclipse Job running the `copydeck` CLI.
     */
    private void previewActions() throws Exception {
        var sms = ui(() -> preview().panel().output().byChannel().get("sms").get(0));
        var email = ui(() -> preview().panel().output().byChannel().get("email.welcome").get(0));
        pressOn(sms, "Regenerate channel");
        var smsAgain = ui(() -> preview().panel().output().byChannel().get("sms").get(0));
        seen.setProperty("regenerate.changed", String.valueOf(!sms.fields().equals(smsAgain.fields())));
        pressOn(email, "Approve variant");
        seen.setProperty("approve.status", ui(() -> preview().panel().output().byChannel().get("email.welcome").get(0).status()));
        seen.setProperty("approve.id", email.id());
    }

    /** Selects the asset, presses the button, and waits for its Job and for the preview to read the folder again. */
    private void pressOn(io.copydeck.compiler.output.BuiltAsset asset, String label) throws Exception {
        var before = ui(() -> {
            var panel = preview().panel();
            panel.tree().setSelection(new StructuredSelection(asset), true);
            var button = java.util.Arrays.stream(panel.control().getChildren())
                    .filter(org.eclipse.swt.widgets.Button.class::isInstance).map(org.eclipse.swt.widgets.Button.class::cast)
                    .filter(b -> b.getText().equals(label)).findFirst().orElseThrow();
            if (!button.isEnabled()) throw new IllegalStateException(label + " is disabled");
            var output = panel.output();
            button.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
            return output;
        });
        org.eclipse.core.runtime.jobs.Job job = ui(() -> preview().panel().lastJob());
        job.join();
        if (!job.getResult().isOK()) throw new IllegalStateException(label + ": " + job.getResult());
        waitFor("the preview after " + label, () -> ui(() -> preview().panel().output() != before));
    }

    /**
     * Typed, fixed from the Problems view, typed again and closed without saving: the markers follow
     * the text, then the saved file.
     */
    private void liveMarkersFollowTheText(CampaignEditor editor, IFile spec) throws Exception {
        IDocument d = ui(() -> editor.getDocumentProvider().getDocument(editor.getEditorInput()));
        IMarker typed = java.util.Arrays.stream(markers(spec))
                .filter(m -> m.getAttribute(ProblemMarkers.CODE, "").equals("E201")).findFirst().orElseThrow();
        ui(() -> {
            var fixes = IDE.getMarkerHelpRegistry().getResolutions(typed);
            seen.setProperty("liveMarkers.fix", fixes.length == 0 ? "none" : fixes[0].getLabel());
            if (fixes.length > 0) fixes[0].run(typed); // into the editor's unsaved text, through the shared buffer
            return null;
        });
        waitFor("the E201 marker to go once fixed", () -> !markerCodes(spec).contains("E201"));
        seen.setProperty("liveMarkers.fixedText", String.valueOf(d.get().contains("brand: aurora")));
        seen.setProperty("liveMarkers.fixed", markerCodes(spec) + (ui(editor::isDirty) ? " (unsaved)" : " (saved?)"));
        ui(() -> { replace(d, "objective: conversion", "objective: conversoin"); return null; });
        waitFor("the E104 marker of the unsaved text", () -> markerCodes(spec).contains("E104"));
        ui(() -> editor.getSite().getPage().closeEditor(editor, false));
        waitFor("the markers of the saved file after closing unsaved", () -> !markerCodes(spec).contains("E104"));
        settle(500);
        seen.setProperty("liveMarkers.closedUnsaved", markerCodes(spec));
    }

    private static void replace(IDocument d, String from, String to) throws Exception {
        int at = d.get().indexOf(from);
        if (at < 0) throw new IllegalStateException("no `" + from + "` in the editor");
        d.replace(at, from.length(), to);
    }

    private static void waitForAutoBuild() throws Exception {
        Job.getJobManager().wakeUp(ResourcesPlugin.FAMILY_AUTO_BUILD);
        Job.getJobManager().join(ResourcesPlugin.FAMILY_AUTO_BUILD, null);
    }

    private static IMarker[] markers(IFile file) throws Exception {
        return file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO);
    }

    /** The codes of the file's markers, sorted: what the Problems view lists for it. */
    private static String markerCodes(IFile file) throws Exception {
        return String.join(" ", java.util.Arrays.stream(markers(file))
                .map(m -> m.getAttribute(ProblemMarkers.CODE, "?")).sorted().toList());
    }

    private static String markerTexts(IFile file) throws Exception {
        return String.join("; ", java.util.Arrays.stream(markers(file)).map(m -> m.getAttribute(IMarker.MESSAGE, "")).toList());
    }

    /** Checks that change the screen, so they come after the screenshot. */
    private void afterTheScreenshot(IProject project) throws Exception {
        // Quick fixes from the Problems view: the markers of mistakes.campaign with suggested fixes.
        IMarker[] markers = project.getFile("mistakes.campaign").findMarkers(ProblemMarkers.TYPE, false, 0);
        int fixable = 0;
        for (IMarker m : markers) if (IDE.getMarkerHelpRegistry().hasResolutions(m)) fixable++;
        seen.setProperty("markers.fixable", String.valueOf(fixable));
        IMarker first = java.util.Arrays.stream(markers).filter(m -> IDE.getMarkerHelpRegistry().hasResolutions(m))
                .findFirst().orElseThrow();
        IFile mistakes = (IFile) first.getResource();
        String before = Files.readString(mistakes.getLocation().toFile().toPath());
        ui(() -> {
            var resolution = IDE.getMarkerHelpRegistry().getResolutions(first)[0];
            seen.setProperty("marker.fix", resolution.getLabel());
            resolution.run(first);
            return null;
        });
        String after = Files.readString(mistakes.getLocation().toFile().toPath());
        seen.setProperty("marker.fix.applied", String.valueOf(!before.equals(after)));

        // File > New > Campaign Spec, finished as a user would, then the builder on the new file.
        IFile created = ui(() -> {
            var wizard = new io.copydeck.eclipse.wizard.NewCampaignWizard();
            wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
            var dialog = new org.eclipse.jface.wizard.WizardDialog(
                    PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
            dialog.create();
            var page = (org.eclipse.ui.dialogs.WizardNewFileCreationPage) wizard.getPages()[0];
            page.setFileName("spring-sale.campaign");
            boolean finished = wizard.performFinish();
            dialog.close();
            return finished ? project.getFile("spring-sale.campaign") : null;
        });
        ResourcesPlugin.getWorkspace().build(IncrementalProjectBuilder.INCREMENTAL_BUILD, null);
        seen.setProperty("wizard.created", String.valueOf(created != null && created.exists()));
        seen.setProperty("wizard.errors", String.valueOf(created == null ? -1 : java.util.Arrays.stream(
                created.findMarkers(ProblemMarkers.TYPE, false, 0))
                .filter(m -> m.getAttribute(IMarker.SEVERITY, 0) == IMarker.SEVERITY_ERROR).count()));

        // With `buildAssets=true`, the builder hands every clean spec, and only those, to the pipeline
        // (a stand-in here, recording the calls; the spring-launch project used the real one).
        var prefs = new org.eclipse.core.resources.ProjectScope(project).getNode(
                io.copydeck.eclipse.builder.AssetBuild.PREFERENCES);
        prefs.putBoolean(io.copydeck.eclipse.builder.AssetBuild.ENABLED, true);
        prefs.flush();
        List<String> calls = new CopyOnWriteArrayList<>();
        io.copydeck.eclipse.preview.AssetPipelines.set(new io.copydeck.eclipse.preview.AssetPipeline() {
            @Override
            public void regenerate(Path spec, Path folder, String channel, org.eclipse.core.runtime.IProgressMonitor m)
                    throws IOException {
                calls.add(spec.getFileName() + " -> " + folder.getFileName() + " " + channel);
                Files.createDirectories(folder);
                Files.writeString(folder.resolve("manifest.json"), "{\"campaign\":\"spring_sale\",\"assets\":[]}");
            }

            @Override
            public void approve(Path spec, Path folder, String id, org.eclipse.core.runtime.IProgressMonitor m) {}
        });
        project.build(IncrementalProjectBuilder.FULL_BUILD, null);
        seen.setProperty("assetBuild.calls", String.join("; ", calls.stream().sorted().toList()));
        seen.setProperty("assetBuild.refreshed",
                String.valueOf(project.getFile("build/copydeck/spring_sale/manifest.json").exists()));

        // Ctrl+/ and Ctrl+Shift+F through their commands, in the editor the wizard opened.
        ui(() -> {
            var page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
            CampaignEditor editor = (CampaignEditor) page.getActiveEditor();
            IDocument d = editor.getDocumentProvider().getDocument(editor.getEditorInput());
            var handlers = PlatformUI.getWorkbench().getService(org.eclipse.ui.handlers.IHandlerService.class);
            editor.selectAndReveal(d.get().indexOf("brand my_brand"), 0);
            handlers.executeCommand("io.copydeck.eclipse.toggleComment", null);
            seen.setProperty("command.toggleComment", String.valueOf(d.get().contains("// brand my_brand {")));
            handlers.executeCommand("io.copydeck.eclipse.toggleComment", null);
            d.replace(d.get().indexOf("  name: \"My Brand\""), 2, "        ");
            handlers.executeCommand("io.copydeck.eclipse.format", null);
            seen.setProperty("command.format", String.valueOf(d.get().contains("\n  name: \"My Brand\"")
                    && !d.get().contains("        name:")));
            // Ctrl+Space after `objective: ` in the workbench's own editor.
            int at = d.get().indexOf("objective: awareness") + "objective: ".length();
            d.replace(at, "awareness".length(), "");
            editor.selectAndReveal(at, 0);
            editor.viewer().getTextOperationTarget().doOperation(
                    org.eclipse.jface.text.source.ISourceViewer.CONTENTASSIST_PROPOSALS);
            return null;
        });
        waitFor("the content assist popup", () -> ui(() -> !proposalsShown().isEmpty()));
        seen.setProperty("contentAssist", ui(WorkbenchDriver::proposalsShown));
    }

    /** A project with the Copydeck nature holding copies of the given example files. */
    private static IProject createProject(String name, boolean buildAssets, Path examples, String... files)
            throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
        project.create(null);
        project.open(null);
        CampaignNature.addTo(project);
        if (buildAssets) {
            var prefs = new org.eclipse.core.resources.ProjectScope(project).getNode(
                    io.copydeck.eclipse.builder.AssetBuild.PREFERENCES);
            prefs.putBoolean(io.copydeck.eclipse.builder.AssetBuild.ENABLED, true);
            prefs.flush();
        }
        Path root = project.getLocation().toFile().toPath();
        for (String f : files) {
            Files.createDirectories(root.resolve(f).getParent());
            Files.copy(examples.resolve(f), root.resolve(f));
        }
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        return project;
    }

    /** The items of a visible proposal popup, if one is open. */
    private static String proposalsShown() {
        for (Shell shell : Display.getDefault().getShells()) {
            if (!shell.isVisible()) continue;
            for (var child : shell.getChildren()) {
                if (child instanceof org.eclipse.swt.widgets.Table t && t.getItemCount() > 0) {
                    return String.join(",", java.util.Arrays.stream(t.getItems()).map(i -> i.getText()).toList());
                }
            }
        }
        return "";
    }

    private static void note(Path out, String line) {
        try {
            Files.writeString(out.resolve("shutdown.txt"), line + "\n", java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            e.printStackTrace();
        }
    }

    private static String annotationCodes(CampaignEditor editor) {
        StringBuilder codes = new StringBuilder();
        for (Iterator<Annotation> it = editor.viewer().getAnnotationModel().getAnnotationIterator(); it.hasNext(); ) {
            // The text starts with the code; the dsl classes are private to the plugin bundle.
            if (it.next() instanceof CampaignAnnotation a) codes.append(a.getText().split(":")[0]).append(' ');
        }
        return codes.toString().trim();
    }

    private static CampaignOutlinePage outline(CampaignEditor editor) {
        return (CampaignOutlinePage) editor.getAdapter(IContentOutlinePage.class);
    }

    private static PreviewView preview() {
        return (PreviewView) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().findView(PreviewView.ID);
    }

    private static <T> T ui(Callable<T> work) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Display.getDefault().syncExec(() -> {
            try {
                result.set(work.call());
            } catch (Throwable e) {
                failure.set(e);
            }
        });
        if (failure.get() instanceof Exception e) throw e;
        if (failure.get() != null) throw new IllegalStateException(failure.get());
        return result.get();
    }

    private static void waitFor(String what, Callable<Boolean> condition) throws Exception {
        long end = System.currentTimeMillis() + 60_000;
        while (!condition.call()) {
            if (System.currentTimeMillis() > end) throw new IllegalStateException("timed out waiting for " + what);
            Thread.sleep(100);
        }
    }

    private static void settle(long millis) throws InterruptedException {
        Thread.sleep(millis);
        Display.getDefault().syncExec(() -> { while (Display.getDefault().readAndDispatch()) { } });
    }

    private static String stackTrace(Throwable t) {
        StringWriter w = new StringWriter();
        t.printStackTrace(new PrintWriter(w));
        return w.toString();
    }
}
