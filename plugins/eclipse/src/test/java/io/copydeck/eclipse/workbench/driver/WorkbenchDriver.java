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
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
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
 * Runs inside a real Eclipse IDE workbench (started by WorkbenchIT): sets up a project with the
 * example spec, opens the editor, outline, Problems and preview, types a mistake, checks what each
 * shows, takes a screenshot, writes what it saw to a properties file, and closes the workbench.
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
        IProject project = createProject(Path.of(System.getProperty("copydeck.examples")),
                Path.of(System.getProperty("copydeck.preview.fixture")));
        ResourcesPlugin.getWorkspace().build(IncrementalProjectBuilder.FULL_BUILD, null);
        IFile spec = project.getFile("autumn-tea.campaign");
        IFile mistakes = project.getFile("mistakes.campaign");
        seen.setProperty("markers.mistakes", String.valueOf(
                mistakes.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO).length));
        seen.setProperty("markers.autumn", String.valueOf(
                spec.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO).length));

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
        // A mistake typed, not saved: the squiggle comes from the background check, not the builder.
        ui(() -> {
            IDocument d = editor.getDocumentProvider().getDocument(editor.getEditorInput());
            int at = d.get().indexOf("brand: northwind") + "brand: ".length();
            d.replace(at, "northwind".length(), "northwnd");
            editor.selectAndReveal(at, 0);
            return null;
        });
        waitFor("the E201 annotation", () -> ui(() -> annotationCodes(editor).contains("E201")));
        waitFor("the outline", () -> ui(() -> outline(editor).nodes().size() > 0));
        waitFor("the preview", () -> ui(() -> preview().panel().output() != null));

        ui(() -> {
            seen.setProperty("editor.class", editor.getClass().getName());
            seen.setProperty("annotations", annotationCodes(editor));
            String text = editor.viewer().getTextWidget().getText();
            StyleRange keyword = editor.viewer().getTextWidget().getStyleRangeAtOffset(text.indexOf("campaign autumn_tea"));
            seen.setProperty("keyword.style", keyword == null ? "none"
                    : keyword.foreground.getRGB() + (((keyword.fontStyle & SWT.BOLD) != 0) ? " bold" : ""));
            seen.setProperty("outline", String.join(", ", outline(editor).nodes().stream().map(n -> n.label()).toList()));
            IWorkbenchPage page = editor.getSite().getPage();
            seen.setProperty("problems.view", String.valueOf(page.findView(IPageLayout.ID_PROBLEM_VIEW) != null));
            PreviewView preview = preview();
            seen.setProperty("preview.heading", preview.panel().heading());
            seen.setProperty("preview.channels", String.valueOf(preview.panel().tree().getTree().getItemCount()));
            Object first = preview.panel().output().byChannel().values().iterator().next().get(1);
            preview.panel().tree().setSelection(new StructuredSelection(first), true);
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
        afterTheScreenshot(project);
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

        // With `buildAssets=true`, the builder hands clean specs to the pipeline (a stand-in here).
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
        ResourcesPlugin.getWorkspace().build(IncrementalProjectBuilder.FULL_BUILD, null);
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

    private static IProject createProject(Path examples, Path previewFixture) throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("autumn-tea");
        project.create(null);
        project.open(null);
        CampaignNature.addTo(project);
        Path root = project.getLocation().toFile().toPath();
        Files.createDirectories(root.resolve("shared"));
        Files.copy(examples.resolve("autumn-tea.campaign"), root.resolve("autumn-tea.campaign"));
        Files.copy(examples.resolve("mistakes.campaign"), root.resolve("mistakes.campaign"));
        Files.copy(examples.resolve("shared/northwind-brand.campaign"), root.resolve("shared/northwind-brand.campaign"));
        Path target = root.resolve("build/copydeck/autumn_tea");
        try (Stream<Path> files = Files.walk(previewFixture)) {
            for (Path f : files.toList()) {
                Path to = target.resolve(previewFixture.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(to);
                else Files.copy(f, to, StandardCopyOption.REPLACE_EXISTING);
            }
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
