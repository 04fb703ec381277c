package io.copydeck.eclipse.builder;

import io.copydeck.dsl.check.Checker;
import io.copydeck.dsl.diag.Diagnostic;
import io.copydeck.dsl.diag.Fix;
import io.copydeck.eclipse.editor.FixProposal;
import io.copydeck.eclipse.language.SpecSnapshot;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;

/**
 * Quick fixes from the Problems view. Markers keep only the code and place of a diagnostic, so the
 * file is checked again to recover its fixes: its text in an open editor (whose unsaved text the
 * markers then describe, see {@link LiveMarkers}), else the file on disk. The fixes are applied
 * through the file buffer (shared with an open editor, so the fix shows there and is undoable).
 */
public final class MarkerFixes implements IMarkerResolutionGenerator2 {
    @Override
    public boolean hasResolutions(IMarker marker) {
        return !diagnosticOf(marker).map(Diagnostic::fixes).orElse(List.of()).isEmpty();
    }

    @Override
    public IMarkerResolution[] getResolutions(IMarker marker) {
        List<IMarkerResolution> out = new ArrayList<>();
        diagnosticOf(marker).ifPresent(d -> d.fixes().forEach(f -> out.add(resolution(f))));
        return out.toArray(IMarkerResolution[]::new);
    }

    private static IMarkerResolution resolution(Fix fix) {
        return new IMarkerResolution() {
            @Override public String getLabel() { return fix.title(); }
            @Override public void run(IMarker marker) { apply((IFile) marker.getResource(), fix); }
        };
    }

    private static void apply(IFile file, Fix fix) {
        ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
        try {
            manager.connect(file.getFullPath(), LocationKind.IFILE, null);
            try {
                ITextFileBuffer buffer = manager.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
                FixProposal.apply(fix, buffer.getDocument());
                if (!buffer.isShared()) buffer.commit(null, true);
            } finally {
                manager.disconnect(file.getFullPath(), LocationKind.IFILE, null);
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not apply `" + fix.title() + "` to " + file.getName(), e);
        }
    }

    private static java.util.Optional<Diagnostic> diagnosticOf(IMarker marker) {
        if (!(marker.getResource() instanceof IFile file) || file.getLocation() == null) return java.util.Optional.empty();
        String code = marker.getAttribute(ProblemMarkers.CODE, "");
        int start = marker.getAttribute(IMarker.CHAR_START, -1);
        java.nio.file.Path path = file.getLocation().toFile().toPath();
        try {
            ITextFileBuffer open = FileBuffers.getTextFileBufferManager().getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
            var check = open != null ? SpecSnapshot.of(path, open.getDocument().get()).result() : Checker.check(path);
            return check.diagnostics().stream()
                    .filter(d -> d.code().name().equals(code) && d.range().startOffset() == start).findFirst();
        } catch (Exception e) {
            return java.util.Optional.empty();
        }
    }
}
