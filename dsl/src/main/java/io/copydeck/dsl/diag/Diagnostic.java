package io.copydeck.dsl.diag;

import io.copydeck.dsl.source.SourceRange;
import java.util.List;
import java.util.Optional;

/** One problem found in a spec: errors are data with positions, never exceptions. */
public record Diagnostic(Code code, Severity severity, String message, SourceRange range, List<Fix> fixes) {
    public Diagnostic {
        fixes = List.copyOf(fixes);
    }

    public Diagnostic(Code code, String message, SourceRange range) {
        this(code, code.severity(), message, range, List.of());
    }

    public Diagnostic(Code code, String message, SourceRange range, Fix fix) {
        this(code, code.severity(), message, range, fix == null ? List.of() : List.of(fix));
    }

    public boolean isError() { return severity == Severity.ERROR; }

    public Optional<Fix> fix() { return fixes.stream().findFirst(); }

    /** The same problem, shown at another place (e.g. the spec line that named a missing template). */
    public Diagnostic withRange(SourceRange other) {
        return other == null ? this : new Diagnostic(code, severity, message, other, fixes);
    }
}
