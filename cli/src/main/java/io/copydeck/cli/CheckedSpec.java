package io.copydeck.cli;

import io.copydeck.dsl.check.CheckResult;
import io.copydeck.dsl.check.Checker;
import io.copydeck.dsl.check.ImportScope;
import io.copydeck.dsl.diag.Diagnostic;
import io.copydeck.dsl.diag.DiagnosticRenderer;
import io.copydeck.dsl.diag.Severity;
import io.copydeck.dsl.source.SourceReadException;
import io.copydeck.dsl.text.Printable;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * Loads and checks a spec for the commands that go further than checking (plan, prompts, build):
 * errors are printed like `copydeck check` prints them and stop the command; warnings are shown.
 */
final class CheckedSpec {
    /** Thrown to end a command with an exit code after its message has been printed. */
    static final class Stop extends Exception {
        final int exitCode;

        Stop(int exitCode) {
            super(null, null, false, false);
            this.exitCode = exitCode;
        }
    }

    private CheckedSpec() {}

    static CheckResult load(Path file, ImportScope imports, PrintWriter err, ColorMode color) throws Stop {
        CheckResult result;
        try {
            result = Checker.check(file, imports);
        } catch (SourceReadException e) {
            err.println("copydeck: error: " + Printable.line(e.getMessage()));
            throw new Stop(Main.USAGE);
        }
        report(result.diagnostics(), result, err, color);
        if (result.hasErrors()) {
            err.println(DiagnosticRenderer.summary(result.count(Severity.ERROR), result.count(Severity.WARNING),
                    result.files().size()) + "; fix the errors first");
            throw new Stop(Main.ERRORS);
        }
        if (result.spec().campaign() == null) {
            err.println("copydeck: error: " + Printable.line(file.toString()) + " declares no campaign: nothing to plan");
            throw new Stop(Main.ERRORS);
        }
        return result;
    }

    static void report(List<Diagnostic> diagnostics, CheckResult result, PrintWriter err, ColorMode color) {
        DiagnosticRenderer renderer = new DiagnosticRenderer(result.sources(), color.enabled());
        for (Diagnostic d : diagnostics) err.println(renderer.render(d));
        err.flush();
    }
}
