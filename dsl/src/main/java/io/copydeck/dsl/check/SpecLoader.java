package io.copydeck.dsl.check;

import io.copydeck.dsl.diag.Code;
import io.copydeck.dsl.diag.Diagnostic;
import io.copydeck.dsl.source.SourceFile;
import io.copydeck.dsl.source.SourceReadException;
import io.copydeck.dsl.source.SourceRange;
import io.copydeck.dsl.source.SourceReader;
import io.copydeck.dsl.source.SourceTooLargeException;
import io.copydeck.dsl.syntax.Syntax;
import io.copydeck.dsl.syntax.SyntaxParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads a spec and everything it imports, parsing each file once. Import paths are relative
 * to the importing file; a cycle is reported at the import that closes it. What an import may
 * read is bounded three ways, because `check` runs on specs from untrusted changes in CI:
 * only files under the {@link ImportScope}'s folders (links followed), one byte budget of
 * {@link SourceReader#MAX_BYTES} for the spec and all its imports together, and an imported file
 * that is not campaign text ({@link CampaignShape}) is one diagnostic at its import, its lines
 * never shown.
 */
public final class SpecLoader {
    private final SourceReader reader;
    private final ImportScope.Folders folders;
    private final Map<Path, Syntax.File> loaded = new LinkedHashMap<>();
    private final Map<Path, Boolean> failed = new HashMap<>();
    private final Deque<Path> stack = new ArrayDeque<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private long bytesRead;

    private SpecLoader(SourceReader reader, ImportScope.Folders folders) {
        this.reader = reader;
        this.folders = folders;
    }

    /** The parsed files (the root first, when it could be read) and the problems met loading them. */
    public record Loaded(List<Syntax.File> files, List<Diagnostic> diagnostics) {}

    /** Loads with imports confined to the root's folder. @throws SourceReadException when the root cannot be read at all */
    public static Loaded load(Path root, SourceReader reader) throws SourceReadException {
        return load(root, reader, ImportScope.SPEC_FOLDER);
    }

    /** @throws SourceReadException when the root file itself cannot be read at all */
    public static Loaded load(Path root, SourceReader reader, ImportScope scope) throws SourceReadException {
        SpecLoader loader = new SpecLoader(reader, scope.forRoot(root));
        SourceFile source;
        try {
            source = reader.read(root);
        } catch (SourceReadException e) {
            if (e.ioProblem()) throw e;
            loader.diagnostics.add(unreadable(e, root));
            return new Loaded(List.of(), loader.diagnostics);
        }
        loader.bytesRead = utf8Length(source.text());
        Syntax.File file = SyntaxParser.parse(source);
        Optional<SourceRange> strange = CampaignShape.clearlyNotACampaign(file);
        if (strange.isPresent()) {
            // As for an unreadable file: one diagnostic, and no parsed file whose lines could be shown.
            loader.diagnostics.add(new Diagnostic(Code.E006, source.displayName() + " is not a campaign file: at line "
                    + strange.get().startLine() + ", column " + strange.get().startColumn() + " it stops following the"
                    + " campaign language, and it declares no brand, audience, product or campaign block; its lines"
                    + " are not shown", new SourceFile(root, "").range(0, 0)));
            return new Loaded(List.of(), loader.diagnostics);
        }
        loader.visit(source, file);
        return new Loaded(List.copyOf(loader.loaded.values()), loader.diagnostics);
    }

    private static Diagnostic unreadable(SourceReadException e, Path path) {
        SourceFile at = e.partial() != null ? e.partial() : new SourceFile(path, "");
        return new Diagnostic(Code.E006, e.getMessage(), at.range(e.offset(), e.offset()));
    }

    /**
     * A file's identity: its real path, so that one file reached through a link and by its own path
     * (or through `..`) is loaded once, not reported as declaring its blocks twice; a path that is not
     * on disk (an editor's unsaved buffer) is itself, made absolute.
     */
    private static Path key(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        try {
            return absolute.toRealPath();
        } catch (IOException | SecurityException e) {
            return absolute;
        }
    }

    private void visit(SourceFile source, Syntax.File file) {
        Path key = key(source.path());
        stack.push(key);
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
        // Loaded files are known by their real path (one file, one load); a refusal is said at each
        // import as written, so the key of a refused import is its path as written.
        Path key = key(target);
        Path written = target.toAbsolutePath().normalize();
        if (stack.contains(key)) {
            List<Path> cycle = new ArrayList<>(stack);
            java.util.Collections.reverse(cycle);
            String chain = cycle.subList(cycle.indexOf(key), cycle.size()).stream()
                    .map(p -> p.getFileName().toString()).collect(Collectors.joining(" → "));
            diagnostics.add(new Diagnostic(Code.E011, "import cycle: " + chain + " → " + key.getFileName()
                    + "; remove one of these imports", imp.range()));
            return;
        }
        if (loaded.containsKey(key) || failed.containsKey(written)) return;
        Optional<String> refused = outsideScope(written);
        if (refused.isPresent()) {
            refuse(written, imp, "cannot import \"" + relative + "\": " + refused.get());
            return;
        }
        long left = SourceReader.MAX_BYTES - bytesRead;
        SourceFile source;
        try {
            source = reader.read(target, left);
        } catch (SourceTooLargeException e) {
            refuse(written, imp, left < SourceReader.MAX_BYTES ? overBudget(relative, e.size()) : "cannot import \""
                    + relative + "\": " + e.getMessage());
            return;
        } catch (SourceReadException e) {
            // Where paths start from helps with a missing file; a pipe or a folder is there, only not a file.
            boolean missing = e.ioProblem() && !java.nio.file.Files.exists(target);
            refuse(written, imp, "cannot import \"" + relative + "\": " + e.getMessage() + (missing
                    ? " (paths are relative to " + (parent == null ? "this file's folder" : parent) + ")" : ""));
            return;
        }
        long size = utf8Length(source.text());
        if (size > left) {   // a reader that could not tell the size before reading
            refuse(written, imp, overBudget(relative, size));
            return;
        }
        bytesRead += size;
        Syntax.File file = SyntaxParser.parse(source);
        Optional<SourceRange> strange = CampaignShape.firstStrangeness(file);
        if (strange.isPresent()) {
            refuse(written, imp, "cannot import \"" + relative + "\": it is not a campaign file (at line "
                    + strange.get().startLine() + ", column " + strange.get().startColumn() + " it stops following"
                    + " the campaign language), so none of its lines are shown here. If it is meant to be one,"
                    + " check it on its own to see its errors");
            return;
        }
        visit(source, file);
    }

    /**
     * Why an import may not be read, or empty when it may: first as written (`/etc/shadow`,
     * `../../x`), without touching the disk, then where its links lead.
     */
    private Optional<String> outsideScope(Path target) {
        String where = "imports read only files inside the spec's folder, " + folders.specFolder()
                + (folders.written().size() > 1 ? ", and the folders allowed for imports" : "")
                + ". Move the file there, or allow its folder (copydeck's --import-path DIR)";
        if (!folders.allowsWritten(target)) return Optional.of("it is outside the allowed folders; " + where);
        Path real;
        try {
            real = target.toRealPath();
        } catch (IOException | SecurityException e) {
            return Optional.empty();   // missing or unreadable: the reader says which
        }
        if (!folders.allowsReal(real)) {
            return Optional.of("it is a link, or lies in a linked folder, that leads outside the allowed folders; "
                    + where);
        }
        return Optional.empty();
    }

    private String overBudget(String relative, long size) {
        return String.format("cannot import \"%s\": it is %.1f MB, and with the %.1f MB already read the spec would "
                        + "pass %d MB; a spec and everything it imports may be at most %d MB together", relative,
                size / 1048576.0, bytesRead / 1048576.0, SourceReader.MAX_BYTES / 1048576,
                SourceReader.MAX_BYTES / 1048576);
    }

    private void refuse(Path key, Syntax.Import imp, String message) {
        failed.put(key, true);
        diagnostics.add(new Diagnostic(Code.E010, message, imp.path().range()));
    }

    /** Bytes the text takes as UTF-8, as it was on disk (a BOM aside), without encoding it. */
    private static long utf8Length(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) bytes += 1;
            else if (c < 0x800) bytes += 2;
            else if (Character.isHighSurrogate(c)) {
                bytes += 4;
                i++;
            } else bytes += 3;
        }
        return bytes;
    }
}
