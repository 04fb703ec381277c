package io.copydeck.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The `.campaign` files under a project's campaigns folder, in a stable order. */
final class CampaignFiles {
    private CampaignFiles() {}

    static List<Path> under(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".campaign") && Files.isRegularFile(f)).sorted().toList();
        }
    }
}
