package io.copydeck.cli;

import io.copydeck.dsl.check.CheckResult;
import io.copydeck.dsl.check.ImportScope;
import io.copydeck.dsl.diag.Diagnostic;
import io.copydeck.dsl.text.Printable;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What every command that reads specs shares, as a picocli mixin: `--color auto|always|never`,
 * `--import-path DIR`, the command's output streams, and loading a spec whose errors stop the command.
 */
final class Console {
    @Option(names = "--color", defaultValue = "auto", description = "auto, always or never (default: ${DEFAULT-VALUE})")
    ColorMode color;

    @Option(names = "--import-path", paramLabel = "DIR", description = "Also let imports read files under DIR"
            + " (repeatable). By default an import reads only files under the spec's own folder.")
    List<Path> importPath = new ArrayList<>();

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
        return CheckedSpec.load(file, imports(), err(), color);
    }

    /** Where imports may read: the spec's folder and each `--import-path`, which must be a folder. */
    ImportScope imports() throws CheckedSpec.Stop {
        for (Path dir : importPath) {
            if (!Files.isDirectory(dir)) {
                err().println("copydeck: error: --import-path " + Printable.line(dir.toString())
                        + " is not a folder; name a folder whose files the spec's imports may read");
                throw new CheckedSpec.Stop(Main.USAGE);
            }
        }
        return new ImportScope(importPath);
    }

    /** Prints diagnostics found after loading (templates, the build) the way `check` prints them. */
    void report(List<Diagnostic> diagnostics, CheckResult checked) {
        CheckedSpec.report(diagnostics, checked, err(), color);
    }
}
