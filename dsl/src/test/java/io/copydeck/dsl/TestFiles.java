package io.copydeck.dsl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Where the tests find the project's examples and the shared language contract. */
public final class TestFiles {
    private TestFiles() {}

    public static Path root() {
        String root = System.getProperty("copydeck.root");
        Path p = root != null ? Path.of(root) : Path.of("..");
        return p.toAbsolutePath().normalize();
    }

    /** The project's own examples, always present. */
    public static Path examples() {
        return root().resolve("examples");
    }

    /** `../shared/spec/examples` beside the checkout: present in CI, absent in a user's clone. */
    public static Optional<Path> sharedExamples() {
        Path p = root().resolve("../shared/spec/examples").normalize();
        return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
    }

    /** Every `.campaign` file under a folder, sorted. */
    public static List<Path> campaigns(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".campaign")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
