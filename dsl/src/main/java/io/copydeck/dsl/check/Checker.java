package io.copydeck.dsl.check;

import io.copydeck.dsl.diag.Code;
import io.copydeck.dsl.diag.Diagnostic;
import io.copydeck.dsl.model.Campaign;
import io.copydeck.dsl.model.Spec;
import io.copydeck.dsl.schema.Schema;
import io.copydeck.dsl.source.SourceFile;
import io.copydeck.dsl.source.SourceReadException;
import io.copydeck.dsl.source.SourceReader;
import io.copydeck.dsl.syntax.Syntax;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The front end in one call: load the spec and its imports, parse, check against the schema,
 * build the model, resolve references, check the campaign's logic, the compliance lints, the
 * support blocks' handoffs and the channels' `template:` paths.
 * Never throws for a problem in the spec; only a root file that cannot be read at all throws.
 * Imports are confined to the root spec's folder unless an {@link ImportScope} names more.
 */
public final class Checker {
    private Checker() {}

    public static CheckResult check(Path root) throws SourceReadException {
        return check(root, SourceReader.DISK);
    }

    /** As {@link #check(Path)}, with imports allowed from the scope's folders too. */
    public static CheckResult check(Path root, ImportScope scope) throws SourceReadException {
        return check(root, SourceReader.DISK, scope);
    }

    public static CheckResult check(Path root, SourceReader reader) throws SourceReadException {
        return check(root, reader, ImportScope.SPEC_FOLDER);
    }

    public static CheckResult check(Path root, SourceReader reader, ImportScope scope) throws SourceReadException {
        SpecLoader.Loaded loaded = SpecLoader.load(root, reader, scope);
        return check(loaded.files(), loaded.diagnostics());
    }

    /** Checks one in-memory text with no imports followed (for fuzzing, benchmarks and tests). */
    public static CheckResult checkText(Path path, String text) {
        try {
            return check(path, p -> p.equals(path) ? new SourceFile(path, text) : SourceReader.readFromDisk(p));
        } catch (SourceReadException e) {
            throw new IllegalStateException("an in-memory source cannot fail to read", e);
        }
    }

    private static CheckResult check(List<Syntax.File> files, List<Diagnostic> loadDiagnostics) {
        List<Diagnostic> diagnostics = new ArrayList<>(loadDiagnostics);
        ModelBuilder builder = new ModelBuilder();
        Map<Path, SourceFile> sources = new HashMap<>();
        for (Syntax.File file : files) {
            sources.put(file.source().path(), file.source());
            builder.addFile(new SchemaChecker(Schema.get(), file.source(), diagnostics).checkFile(file));
        }
        List<Campaign> campaigns = builder.campaigns();
        for (int i = 1; i < campaigns.size(); i++) {
            Campaign extra = campaigns.get(i);
            diagnostics.add(new Diagnostic(Code.E203, "a spec holds one campaign; `" + campaigns.get(0).id()
                    + "` is the first (" + campaigns.get(0).where().range() + "). Move `" + extra.id()
                    + "` to a file of its own", extra.where().header()));
        }
        Spec spec = new Spec(campaigns.isEmpty() ? null : campaigns.get(0), List.copyOf(builder.brands()),
                List.copyOf(builder.audiences()), List.copyOf(builder.products()));
        References references = References.declare(spec, diagnostics);
        references.checkAll(spec, diagnostics);
        new CampaignLogic(spec, diagnostics).check();
        new ComplianceLints(spec, sources, diagnostics).check(files);
        SupportLints.check(spec, sources, diagnostics);
        FaqChannelLints.check(spec, diagnostics);
        TemplatePath.check(spec, files.isEmpty() ? null : files.get(0).source().path(), diagnostics);
        return new CheckResult(files, spec, references, ordered(files, diagnostics));
    }

    /** File order (root first), then position; exact repeats dropped. */
    private static List<Diagnostic> ordered(List<Syntax.File> files, List<Diagnostic> diagnostics) {
        Map<Path, Integer> fileOrder = new HashMap<>();
        for (Syntax.File f : files) fileOrder.putIfAbsent(f.source().path(), fileOrder.size());
        List<Diagnostic> sorted = new ArrayList<>(new LinkedHashSet<>(diagnostics));
        sorted.sort(Comparator.<Diagnostic>comparingInt(d -> fileOrder.getOrDefault(d.range().file(), Integer.MAX_VALUE))
                .thenComparingInt(d -> d.range().startOffset())
                .thenComparing(d -> d.code().name()));
        return List.copyOf(sorted);
    }
}
