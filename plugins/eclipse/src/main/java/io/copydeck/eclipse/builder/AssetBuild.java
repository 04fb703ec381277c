package io.copydeck.eclipse.builder;

import io.copydeck.dsl.check.CheckResult;
import io.copydeck.eclipse.preview.AssetPipelines;
import io.copydeck.eclipse.preview.OutputFolders;
import java.nio.file.Path;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ProjectScope;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Builds a spec's assets after a clean check, when the project asks for it: the project preference
 * `buildAssets=true` in `.settings/io.copydeck.eclipse.prefs`. Generation is slow, so it is opt-in.
 * The assets go where `copydeck build` puts them by default, which is where the preview looks.
 */
public final class AssetBuild {
    public static final String PREFERENCES = "io.copydeck.eclipse";
    public static final String ENABLED = "buildAssets";

    private AssetBuild() {}

    public static boolean enabled(IProject project) {
        return new ProjectScope(project).getNode(PREFERENCES).getBoolean(ENABLED, false);
    }

    static void afterCheck(IFile spec, CheckResult result, IProgressMonitor monitor) throws CoreException {
        if (result == null || result.hasErrors() || result.spec().campaign() == null || !enabled(spec.getProject())) {
            return;
        }
        Path specPath = spec.getLocation().toFile().toPath();
        Path folder = OutputFolders.forSpec(specPath, result.spec().campaign().id());
        try {
            AssetPipelines.get().regenerate(specPath, folder, null, monitor);
        } catch (Exception e) {
            ProblemMarkers.markFile(spec, IMarker.SEVERITY_WARNING, "assets not built: " + e.getMessage());
        }
        spec.getParent().refreshLocal(IResource.DEPTH_INFINITE, null);
    }
}
