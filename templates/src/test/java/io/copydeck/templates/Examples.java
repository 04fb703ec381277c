package io.copydeck.templates;

import io.copydeck.dsl.check.CheckResult;
import io.copydeck.dsl.check.Checker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The example specs that check clean: the project's own, and the shared contract's when present. */
final class Examples {
    private Examples() {}

    static Path root() {
        return Path.of(System.getProperty("copydeck.root", "..")).toAbsolutePath().normalize();
    }

    static List<Path> campaigns() {
        List<Path> all = new ArrayList<>(list(root().resolve("examples")));
        Path shared = root().resolve("../shared/spec/examples").normalize();
        if (Files.isDirectory(shared)) all.addAll(list(shared));
        return all.stream().filter(Examples::hasCleanCampaign).toList();
    }

    private static boolean hasCleanCampaign(Path p) {
        try {
            CheckResult r = Checker.check(p);
            return !r.hasErrors() && r.spec().campaign() != null;
        } catch (Exception e) {
            return false;
        }
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(f -> f.toString().endsWith(".campaign")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
