package io.copydeck.dsl.check;

import io.copydeck.dsl.diag.Diagnostic;
import io.copydeck.dsl.diag.Severity;
import io.copydeck.dsl.model.Spec;
import io.copydeck.dsl.source.SourceFile;
import io.copydeck.dsl.syntax.Syntax;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What checking a spec produced: the parsed files (the root first), the model, the
 * references, and every diagnostic in file and position order.
 */
public record CheckResult(List<Syntax.File> files, Spec spec, References references, List<Diagnostic> diagnostics) {
    public CheckResult {
        files = List.copyOf(files);
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    public long count(Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }

    /** Sources by path, to show the line a diagnostic points at. */
    public Map<Path, SourceFile> sources() {
        return files.stream().map(Syntax.File::source)
                .collect(Collectors.toMap(SourceFile::path, Function.identity(), (a, b) -> a));
    }
}
