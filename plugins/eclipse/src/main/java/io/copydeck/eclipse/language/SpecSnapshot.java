package io.copydeck.eclipse.language;

import io.copydeck.dsl.check.CheckResult;
import io.copydeck.dsl.check.Checker;
import io.copydeck.dsl.source.SourceFile;
import io.copydeck.dsl.source.SourceReadException;
import io.copydeck.dsl.source.SourceReader;
import io.copydeck.dsl.syntax.Syntax;
import java.nio.file.Path;

/**
 * The checker's view of an editor's text: the unsaved text stands in for the file on disk,
 * while imports are still read from disk, so that references into shared files resolve.
 */
public final class SpecSnapshot {
    private final Path path;
    private final String text;
    private final CheckResult result;

    private SpecSnapshot(Path path, String text, CheckResult result) {
        this.path = path;
        this.text = text;
        this.result = result;
    }

    public static SpecSnapshot of(Path path, String text) {
        Path absolute = path.toAbsolutePath().normalize();
        SourceReader reader = p -> p.toAbsolutePath().normalize().equals(absolute)
                ? new SourceFile(p, text) : SourceReader.readFromDisk(p);
        try {
            return new SpecSnapshot(absolute, text, Checker.check(absolute, reader));
        } catch (SourceReadException e) {
            // Only the root can fail to read, and the root is in memory: fall back to no imports.
            return new SpecSnapshot(absolute, text, Checker.checkText(absolute, text));
        }
    }

    public Path path() { return path; }
    public String text() { return text; }
    public CheckResult result() { return result; }

    /** The syntax tree of the edited file itself (the checker puts the root first). */
    public Syntax.File rootFile() {
        return result.files().stream().filter(f -> samePath(f.source().path())).findFirst()
                .orElseGet(() -> io.copydeck.dsl.syntax.SyntaxParser.parse(new SourceFile(path, text)));
    }

    public boolean samePath(Path other) {
        return other != null && other.toAbsolutePath().normalize().equals(path);
    }
}
