package io.copydeck.eclipse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the example specs and test fixtures are. */
public final class Fixtures {
    private Fixtures() {}

    public static Path repoRoot() {
        String root = System.getProperty("copydeck.root");
        Path p = root != null ? Path.of(root) : Path.of("../..");
        return p.toAbsolutePath().normalize();
    }

    public static Path autumnTea() { return repoRoot().resolve("examples/autumn-tea.campaign"); }

    public static Path springFixture() {
        try {
            return Path.of(Fixtures.class.getResource("/fixtures/spring/spring-launch.campaign").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
