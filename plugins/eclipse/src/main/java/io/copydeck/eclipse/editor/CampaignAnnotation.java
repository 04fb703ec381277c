package io.copydeck.eclipse.editor;

import io.copydeck.dsl.diag.Diagnostic;
import org.eclipse.jface.text.source.Annotation;

/** A checker diagnostic shown in the editor, keeping the diagnostic for its quick fixes. */
public final class CampaignAnnotation extends Annotation {
    public static final String ERROR = "org.eclipse.ui.workbench.texteditor.error";
    public static final String WARNING = "org.eclipse.ui.workbench.texteditor.warning";

    private final Diagnostic diagnostic;

    public CampaignAnnotation(Diagnostic diagnostic) {
        super(diagnostic.isError() ? ERROR : WARNING, false, diagnostic.code() + ": " + diagnostic.message());
        this.diagnostic = diagnostic;
    }

    public Diagnostic diagnostic() { return diagnostic; }
}
