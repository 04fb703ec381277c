package io.copydeck.cli;

import io.copydeck.compiler.AtomicFiles;
import io.copydeck.dsl.diag.DiagnosticRenderer;
import io.copydeck.dsl.format.Formatter;
import io.copydeck.dsl.format.SyntaxDump;
import io.copydeck.dsl.source.SourceFile;
import io.copydeck.dsl.source.SourceReadException;
import io.copydeck.dsl.source.SourceReader;
import io.copydeck.dsl.syntax.Syntax;
import io.copydeck.dsl.syntax.SyntaxParser;
import io.copydeck.dsl.text.Printable;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `copydeck fmt FILE...`: rewrite specs in canonical form; `--check` only reports. */
@Command(name = "fmt", mixinStandardHelpOptions = true,
        description = "Format campaign specs in place (comments kept, meaning unchanged).%n"
                + "Exit code: 0 formatted (or already so), 1 a file has syntax errors or, with --check, "
                + "is not formatted, 2 usage or I/O problem.")
public final class FmtCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = ".campaign files to format")
    List<Path> files;

    @Option(names = "--check", description = "Do not write; list files that are not formatted and exit 1.")
    boolean check;

    @CommandLine.Mixin
    Console console;

    @Override
    public Integer call() {
        PrintWriter out = console.out();
        PrintWriter err = console.err();
        int status = Main.OK;
        for (Path path : files) {
            SourceFile source;
            try {
                source = SourceReader.readFromDisk(path);
            } catch (SourceReadException e) {
                err.println("copydeck: error: " + Printable.line(e.getMessage()));
                status = Math.max(status, e.ioProblem() ? Main.USAGE : Main.ERRORS);
                continue;
            }
            Syntax.File parsed = SyntaxParser.parse(source);
            if (!parsed.diagnostics().isEmpty()) {
                DiagnosticRenderer renderer = new DiagnosticRenderer(Map.of(path, source), console.color.enabled());
                parsed.diagnostics().forEach(d -> err.println(renderer.render(d)));
                err.println("copydeck: not formatting " + path + ": fix its syntax errors first");
                status = Math.max(status, Main.ERRORS);
                continue;
            }
            String formatted = Formatter.format(parsed);
            if (!SyntaxDump.dump(parsed).equals(SyntaxDump.dump(SyntaxParser.parse(new SourceFile(path, formatted))))) {
                err.println("copydeck: internal error: formatting " + path + " would change its meaning; the file "
                        + "was left alone. Please report this with the file.");
                status = Math.max(status, 3);
                continue;
            }
            if (formatted.equals(source.text())) continue;
            if (check) {
                out.println("would reformat " + path);
                status = Math.max(status, Main.ERRORS);
                continue;
            }
            try {
                AtomicFiles.write(path, formatted.getBytes(StandardCharsets.UTF_8));
                out.println("formatted " + path);
            } catch (IOException e) {
                err.println("copydeck: error: cannot write " + path + ": " + e.getMessage());
                status = Math.max(status, Main.USAGE);
            }
        }
        out.flush();
        err.flush();
        return status;
    }
}
