package io.copydeck.research;

import java.nio.file.Files;
import java.nio.file.Path;

/** The labelled reviews of examples/research, found from the project root Surefire names. */
final class Examples {
    private Examples() {}

    static Path dir() {
        Path root = Path.of(System.getProperty("copydeck.root", ".."));
        Path dir = root.resolve("examples/research");
        if (!Files.isDirectory(dir)) dir = Path.of("..", "examples", "research");
        return dir;
    }

    /** One Research for the test classes of a run: LanguageTool's tables load once (about ten seconds). */
    static Research research() {
        return Shared.RESEARCH;
    }

    private static final class Shared {
        static final Research RESEARCH = new Research();
    }
}
