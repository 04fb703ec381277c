package io.copydeck.eclipse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A `copydeck` launcher for the tests: runs the CLI from the cli module's classes, which the
 * reactor builds before this module (it is a test dependency). Not the checkout's ./copydeck
 * script, which on a fresh clone would start a nested Maven build.
 */
public final class CliLauncher {
    private CliLauncher() {}

    /** Writes the launcher into {@code dir} and returns it; fails with what to run when the CLI is not built. */
    public static Path write(Path dir) throws IOException {
        Path root = Fixtures.repoRoot();
        Path classes = root.resolve("cli/target/classes");
        Path classpath = root.resolve("cli/target/runtime.classpath");
        if (!Files.isRegularFile(classes.resolve("io/copydeck/cli/Main.class")) || !Files.isRegularFile(classpath)) {
            throw new IllegalStateException("the copydeck CLI is not built in " + root.resolve("cli/target")
                    + ": run this module's tests in the reactor, e.g. `mvn -pl plugins/eclipse -am verify`");
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path launcher = Files.createDirectories(dir).resolve("copydeck");
        Files.writeString(launcher, """
                #!/bin/sh
                # Written by the Eclipse plugin's tests: the copydeck CLI of this checkout, without Maven.
                export TF_CPP_MIN_LOG_LEVEL=2
                exec "%s" -Dcopydeck.home="%s" -cp "%s:$(cat "%s")" io.copydeck.cli.Main "$@"
                """.formatted(java, root, classes, classpath));
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        return launcher;
    }
}
