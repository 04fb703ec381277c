package io.copydeck.cli;

import io.copydeck.dsl.check.CheckResult;
import io.copydeck.dsl.check.Checker;
import io.copydeck.dsl.check.ImportScope;
import io.copydeck.dsl.diag.Diagnostic;
import io.copydeck.dsl.diag.DiagnosticRenderer;
import io.copydeck.dsl.diag.Fix;
import io.copydeck.dsl.diag.Severity;
import io.copydeck.dsl.diag.TextEdit;
import io.copydeck.dsl.source.SourceFile;
import io.copydeck.dsl.source.SourceRange;
import io.copydeck.dsl.source.SourceReadException;
import io.copydeck.dsl.text.Printable;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `copydeck check FILE...`: diagnostics like a compiler's, and an exit code for pipelines. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check campaign specs and print their problems.%n"
                + "Exit code: 0 no errors (warnings allowed), 1 errors, 2 usage or I/O problem.")
public final class CheckCommand implements Callable<Integer> {
    public enum Format { text, json }

    @Parameters(arity = "1..*", paramLabel = "FILE", description = ".campaign files to check")
    List<Path> files;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--model", paramLabel = "DIR", description = "the model the build will use, whose languages the "
            + "campaign's locale is checked against (default: $COPYDECK_MODEL, else the shipped models/default)")
    Path model;

    @CommandLine.Mixin
    Console console;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = console.out();
        PrintWriter err = console.err();
        Path modelDir = ModelLocation.resolve(model);
        Map<Path, SourceFile> sources = new LinkedHashMap<>();
        Set<Diagnostic> diagnostics = new LinkedHashSet<>();
        boolean ioProblem = false;
        ImportScope imports = console.imports();
        for (Path file : files) {
            try {
                CheckResult result = Checker.check(file, imports);
                sources.putAll(result.sources());
                diagnostics.addAll(result.diagnostics());
                if (result.spec() != null) ModelLanguageCheck.warning(result.spec(), modelDir).ifPresent(diagnostics::add);
            } catch (SourceReadException e) {
                err.println("copydeck: error: " + Printable.line(e.getMessage()));
                ioProblem = true;
            }
        }
        List<Diagnostic> all = new ArrayList<>(diagnostics);
        long errors = all.stream().filter(d -> d.severity() == Severity.ERROR).count();
        long warnings = all.stream().filter(d -> d.severity() == Severity.WARNING).count();
        if (format == Format.json) {
            out.println(TerminalSafeJson.mapper().writeValueAsString(json(all, errors, warnings)));
        } else {
            DiagnosticRenderer renderer = new DiagnosticRenderer(sources, console.color.enabled());
            for (Diagnostic d : all) out.println(renderer.render(d));
            out.println(DiagnosticRenderer.summary(errors, warnings, sources.size()));
        }
        out.flush();
        if (ioProblem) return Main.USAGE;
        return errors > 0 ? Main.ERRORS : Main.OK;
    }

    private static Map<String, Object> json(List<Diagnostic> all, long errors, long warnings) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Diagnostic d : all) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", d.code().name());
            m.put("severity", d.severity().label());
            m.put("message", d.message());
            m.putAll(range(d.range()));
            List<Map<String, Object>> fixes = new ArrayList<>();
            for (Fix fix : d.fixes()) {
                List<Map<String, Object>> edits = new ArrayList<>();
                for (TextEdit e : fix.edits()) {
                    Map<String, Object> em = new LinkedHashMap<>(range(e.range()));
                    em.put("newText", e.newText());
                    edits.add(em);
                }
                fixes.add(Map.of("title", fix.title(), "edits", edits));
            }
            m.put("fixes", fixes);
            list.add(m);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("diagnostics", list);
        root.put("errors", errors);
        root.put("warnings", warnings);
        return root;
    }

    private static Map<String, Object> range(SourceRange r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", r.file().toString());
        m.put("line", r.startLine());
        m.put("column", r.startColumn());
        m.put("endLine", r.endLine());
        m.put("endColumn", r.endColumn());
        m.put("offset", r.startOffset());
        m.put("endOffset", r.endOffset());
        return m;
    }
}
