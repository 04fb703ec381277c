package io.copydeck.dsl;

import io.copydeck.dsl.source.SourceFile;
import io.copydeck.dsl.source.SourceReadException;
import io.copydeck.dsl.source.SourceReader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Files served from memory, so that fuzzed imports resolve the same way on every machine and
 * never wander off to whatever a mutated path happens to name on disk.
 */
final class InMemorySources implements SourceReader {
    private final Map<Path, String> texts = new HashMap<>();

    InMemorySources with(Path path, String text) {
        texts.put(key(path), text);
        return this;
    }

    @Override
    public SourceFile read(Path path) throws SourceReadException {
        String text = texts.get(key(path));
        if (text == null) throw new SourceReadException("no such file: " + path, true, null, 0);
        return new SourceFile(path, text);
    }

    private static Path key(Path path) {
        return path.toAbsolutePath().normalize();
    }
}
