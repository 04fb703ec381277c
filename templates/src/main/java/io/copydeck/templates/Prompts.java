package io.copydeck.templates;

import io.copydeck.dsl.diag.Diagnostic;
import java.util.List;

/** Every job's prompt, or the template problems that kept some from rendering. */
public record Prompts(List<Prompt> prompts, List<Diagnostic> diagnostics) {
    public Prompts {
        prompts = List.copyOf(prompts);
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
