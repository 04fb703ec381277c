package io.copydeck.research;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Hand labels of reviews (examples/research/labels.csv): per review id, the aspects it speaks of with their
 * polarity ({@code battery:negative;sound:positive}), and which earlier review it duplicates, if any. A
 * review's pains are its negative aspects, its praise its positive ones.
 */
record Labels(Map<String, Labelled> byId) {
    record Labelled(String id, String duplicateOf, Map<String, Polarity> aspects) {}

    static Labels read(Path file) throws IOException, ReviewFileException {
        Map<String, Labelled> byId = new LinkedHashMap<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord row : format.parse(r)) {
                Map<String, Polarity> aspects = new LinkedHashMap<>();
                for (String pair : row.get("aspects").split(";")) {
                    if (pair.isBlank()) continue;
                    int colon = pair.lastIndexOf(':');
                    if (colon < 0) {
                        throw new ReviewFileException(file + ":" + (row.getRecordNumber() + 1) + ": \"" + pair
                                + "\" is not aspect:polarity (positive, negative or neutral)");
                    }
                    aspects.put(pair.substring(0, colon).strip(),
                            Polarity.valueOf(pair.substring(colon + 1).strip().toUpperCase(Locale.ROOT)));
                }
                String dup = row.get("duplicate_of").strip();
                byId.put(row.get("id"), new Labelled(row.get("id"), dup.isEmpty() ? null : dup, aspects));
            }
        }
        return new Labels(byId);
    }

    List<Labelled> originals() {
        return byId.values().stream().filter(l -> l.duplicateOf() == null).toList();
    }
}
