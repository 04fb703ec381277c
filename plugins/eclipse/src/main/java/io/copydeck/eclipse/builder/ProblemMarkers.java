package io.copydeck.eclipse.builder;

import io.copydeck.dsl.check.CheckResult;
import io.copydeck.dsl.check.Checker;
import io.copydeck.dsl.diag.Diagnostic;
import io.copydeck.dsl.source.SourceReadException;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;

/**
 * A spec's diagnostics as Problems-view markers: from the file on disk (the builder, and an editor
 * closed without saving) or from an editor's unsaved text (see {@link LiveMarkers}); one way to mark both.
 */
public final class ProblemMarkers {
    public static final String TYPE = "io.copydeck.eclipse.problem";
    /** The diagnostic's code, kept so that quick fixes can find the diagnostic again. */
    public static final String CODE = "io.copydeck.eclipse.code";

    private ProblemMarkers() {}

    /** Checks the file on disk and marks its problems; returns the check, or null when the file could not be read. */
    public static CheckResult check(IFile file) throws CoreException {
        if (file.getLocation() == null) {
            file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
            return null;
        }
        Path here = file.getLocation().toFile().toPath();
        CheckResult result;
        try {
            result = Checker.check(here);
        } catch (SourceReadException e) {
            file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
            mark(file, IMarker.SEVERITY_ERROR, e.getMessage(), 1, 0, 0, "E006");
            return null;
        }
        replace(file, here, result.diagnostics());
        return result;
    }

    /**
     * Replaces the file's markers with the diagnostics of a check of {@code checked}, the file's
     * place on disk. An imported file's problems are marked when that file is checked; here only its own.
     */
    public static void replace(IFile file, Path checked, List<Diagnostic> diagnostics) throws CoreException {
        file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
        Path here = checked.toAbsolutePath().normalize();
        for (Diagnostic d : diagnostics) {
            if (!here.equals(d.range().file().toAbsolutePath().normalize())) continue;
            mark(file, d.isError() ? IMarker.SEVERITY_ERROR : IMarker.SEVERITY_WARNING,
                    d.code() + ": " + d.message(), d.range().startLine(), d.range().startOffset(),
                    Math.max(d.range().endOffset(), d.range().startOffset() + 1), d.code().name());
        }
    }

    /** A problem that is not the spec's own, such as a failed asset build: shown at the top of the file. */
    public static void markFile(IFile file, int severity, String message) throws CoreException {
        mark(file, severity, message, 1, 0, 0, "");
    }

    private static void mark(IFile file, int severity, String message, int line, int start, int end, String code)
            throws CoreException {
        IMarker m = file.createMarker(TYPE);
        m.setAttribute(IMarker.SEVERITY, severity);
        m.setAttribute(IMarker.MESSAGE, message);
        m.setAttribute(IMarker.LINE_NUMBER, line);
        m.setAttribute(IMarker.CHAR_START, start);
        m.setAttribute(IMarker.CHAR_END, end);
        m.setAttribute(CODE, code);
    }
}
