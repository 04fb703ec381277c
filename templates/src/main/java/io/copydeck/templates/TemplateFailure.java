package io.copydeck.templates;

import io.copydeck.dsl.diag.Code;
import io.copydeck.dsl.diag.Diagnostic;
import io.copydeck.dsl.source.SourceRange;
import java.nio.file.Path;

/** A template that could not be found, parsed or run, as a diagnostic naming the template file and line. */
public final class TemplateFailure extends Exception {
    private final Code code;
    private final String template;
    private final int line;
    private final int column;

    TemplateFailure(Code code, String message, String template, int line, int column) {
        super(message);
        this.code = code;
        this.template = template;
        this.line = Math.max(1, line);
        this.column = Math.max(1, column);
    }

    public Code code() { return code; }
    public String template() { return template; }

    /** The diagnostic, placed in the template file (built-ins are shown as `builtin/...`). */
    public Diagnostic toDiagnostic(Path templateFile, String context) {
        Path file = templateFile != null ? templateFile : Path.of(template == null ? "(template)" : template);
        SourceRange at = new SourceRange(file, 0, 0, line, column, line, column);
        return new Diagnostic(code, getMessage() + (context == null ? "" : " (" + context + ")"), at);
    }
}
