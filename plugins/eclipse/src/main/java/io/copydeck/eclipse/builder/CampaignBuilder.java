package io.copydeck.eclipse.builder;

import java.util.Map;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Checks `.campaign` files when they are saved (and, where the project enables it, builds their
 * assets: see {@link AssetBuild}): an incremental build checks the changed specs, a
 * full build every spec. A change to a shared file re-checks every spec, since any may import it.
 */
public final class CampaignBuilder extends IncrementalProjectBuilder {
    public static final String ID = "io.copydeck.eclipse.builder";

    @Override
    protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
        IResourceDelta delta = kind == FULL_BUILD ? null : getDelta(getProject());
        if (delta == null || touchesSpecs(delta)) checkAll(monitor);
        return null;
    }

    private boolean touchesSpecs(IResourceDelta delta) throws CoreException {
        boolean[] found = {false};
        delta.accept(d -> {
            if (isSpec(d.getResource())) found[0] = true;
            return !found[0];
        });
        return found[0];
    }

    private void checkAll(IProgressMonitor monitor) throws CoreException {
        getProject().accept(r -> {
            if (monitor != null && monitor.isCanceled()) return false;
            if (isSpec(r)) AssetBuild.afterCheck((IFile) r, ProblemMarkers.check((IFile) r), monitor);
            return !r.getName().equals("build") || r.getParent() != getProject(); // skip build outputs
        });
    }

    @Override
    protected void clean(IProgressMonitor monitor) throws CoreException {
        getProject().deleteMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_INFINITE);
    }

    static boolean isSpec(IResource r) {
        return r.getType() == IResource.FILE && "campaign".equals(r.getFileExtension());
    }
}
