package io.copydeck.cli;

import io.copydeck.dsl.check.CheckResult;
import io.copydeck.dsl.diag.Diagnostic;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What every command that reads specs shares, as a picocli mixin: `--color auto|always|never`,
 * the command's output streams, and loading a spec whose errors stop the command.
 */
final class Console {
    @Option(names = "--color", defaultValue = "auto", description = "auto, always or never (default: ${DEFAULT-VALUE})")
    ColorMode color;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    PrintWriter out() {
        return command.commandLine().getOut();
    }

    PrintWriter err() {
        return command.commandLine().getErr();
    }

    /** The checked spec; errors are printed and end the command (Main maps the Stop to its exit code). */
    CheckResult load(Path file) throws CheckedSpec.Stop {
        return CheckedSpec.load(file, err(), color);
    }

    /** Prints diagnostics found after loading (templates, the build) the way `check` prints them. */
    void report(List<Diagnostic> diagnostics, CheckResult checked) {
        CheckedSpec.report(diagnostics, checked, err(), color);
    }
}
