package io.copydeck.research;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * When a finding covers a labelled theme: its label is the theme's name, or one of the theme's synonyms in
 * examples/research/themes.tsv ({@code theme<TAB>label, label}), compared in lower case. Nothing else counts:
 * no partial words, no guessing.
 */
final class Themes {
    private final Map<String, Set<String>> synonyms = new HashMap<>();

    static Themes read(Path file) throws IOException {
        Themes t = new Themes();
        if (file == null || !Files.exists(file)) return t;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] cols = line.split("\t");
            Set<String> labels = t.synonyms.computeIfAbsent(cols[0].strip().toLowerCase(), k -> new HashSet<>());
            if (cols.length > 1) for (String s : cols[1].split(",")) if (!s.isBlank()) labels.add(s.strip().toLowerCase());
        }
        return t;
    }

    boolean covers(String findingLabel, String theme) {
        String label = findingLabel.toLowerCase();
        String name = theme.toLowerCase();
        return label.equals(name) || synonyms.getOrDefault(name, Set.of()).contains(label);
    }
}
