package io.copydeck.dsl.check;

import io.copydeck.dsl.diag.Code;
import io.copydeck.dsl.diag.Diagnostic;
import io.copydeck.dsl.source.SourceFile;
import io.copydeck.dsl.source.SourceReadException;
import io.copydeck.dsl.source.SourceReader;
import io.copydeck.dsl.syntax.Syntax;
import io.copydeck.dsl.syntax.SyntaxParser;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads a spec and everything it imports, parsing each file once. Import paths are relative
 * to the importing file; a cycle is reported at the import that closes it.
 */
public final class SpecLoader {
    private final SourceReader reader;
    private final Map<Path, Syntax.File> loaded = new LinkedHashMap<>();
    private final Map<Path, Boolean> failed = new HashMap<>();
    private final Deque<Path> stack = new ArrayDeque<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    private SpecLoader(SourceReader reader) {
        this.reader = reader;
    }

    /** The parsed files (the root first, when it could be read) and the problems met loading them. */
    public record Loaded(List<Syntax.File> files, List<Diagnostic> diagnostics) {}

    /** @throws SourceReadException when the root file itself cannot be read at all */
    public static Loaded load(Path root, SourceReader reader) throws SourceReadException {
        SpecLoader loader = new SpecLoader(reader);
        SourceFile source;
        try {
            source = reader.read(root);
        } catch (SourceReadException e) {
            if (e.ioProblem()) throw e;
            loader.diagnostics.add(unreadable(e, root));
            return new Loaded(List.of(), loader.diagnostics);
        }
        loader.visit(source);
        return new Loaded(List.copyOf(loader.loaded.values()), loader.diagnostics);
    }

    private static Diagnostic unreadable(SourceReadException e, Path path) {
        SourceFile at = e.partial() != null ? e.partial() : new SourceFile(path, "");
        return new Diagnostic(Code.E006, e.getMessage(), at.range(e.offset(), e.offset()));
    }

    private static Path key(Path path) {
        return path.toAbsolutePath().normalize();
    }

    private void visit(SourceFile source) {
        Path key = key(source.path());
        stack.push(key);
        Syntax.File file = SyntaxParser.parse(source);
        loaded.put(key, file);
        diagnostics.addAll(file.diagnostics());
        if (source.text().isBlank() && file.comments().isEmpty()) {
            diagnostics.add(new Diagnostic(Code.W007, source.displayName() + " is empty: a campaign file holds "
                    + "brand, audience, product and campaign blocks", source.range(0, 0)));
        }
        boolean seenBlock = false;
        for (Syntax.Member member : file.members()) {
            if (member instanceof Syntax.Import imp) {
                if (seenBlock) {
                    diagnostics.add(new Diagnostic(Code.E012, "imports come first: move this line above the first "
                            + "block", imp.range()));
                }
                follow(source, imp);
            } else {
                seenBlock = true;
            }
        }
        stack.pop();
    }

    private void follow(SourceFile importer, Syntax.Import imp) {
        String relative = imp.path().value();
        if (relative.isBlank()) {
            diagnostics.add(new Diagnostic(Code.E010, "the import path is empty", imp.path().range()));
            return;
        }
        Path parent = importer.path().getParent();
        Path target;
        try {
            target = (parent == null ? Path.of(relative) : parent.resolve(relative)).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            diagnostics.add(new Diagnostic(Code.E010, "not a valid path: " + relative, imp.path().range()));
            return;
        }
        Path key = key(target);
        if (stack.contains(key)) {
            List<Path> cycle = new ArrayList<>(stack);
            java.util.Collections.reverse(cycle);
            String chain = cycle.subList(cycle.indexOf(key), cycle.size()).stream()
                    .map(p -> p.getFileName().toString()).collect(Collectors.joining(" → "));
            diagnostics.add(new Diagnostic(Code.E011, "import cycle: " + chain + " → " + key.getFileName()
                    + "; remove one of these imports", imp.range()));
            return;
        }
        if (loaded.containsKey(key) || failed.containsKey(key)) return;
        try {
            visit(reader.read(target));
        } catch (SourceReadException e) {
            failed.put(key, true);
            String message = e.ioProblem()
                    ? "cannot import \"" + relative + "\": " + e.getMessage()
                    + " (paths are relative to " + (parent == null ? "this file's folder" : parent) + ")"
                    : "cannot import \"" + relative + "\": " + e.getMessage();
            diagnostics.add(new Diagnostic(Code.E010, message, imp.path().range()));
        }
    }
}
