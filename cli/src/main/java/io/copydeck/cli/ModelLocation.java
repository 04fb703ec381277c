package io.copydeck.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Which model a command uses: --model, else $COPYDECK_MODEL, else the shipped models/default of this checkout. */
final class ModelLocation {
    private ModelLocation() {}

    static Path resolve(Path option) {
        if (option != null) return option;
        String env = System.getenv("COPYDECK_MODEL");
        if (env != null && !env.isBlank()) return Path.of(env);
        String home = System.getProperty("copydeck.home");
        if (home != null) {
            Path shipped = Path.of(home, "models", "default");
            if (Files.isRegularFile(shipped.resolve("config.json"))) return shipped;
        }
        return null;
    }
}
