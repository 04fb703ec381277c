package io.copydeck.research;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Measures the findings against hand labels (docs/research.md, "Evaluation"), one review file (one domain) at a
 * time: precision and recall of the top five pains and the top five praise themes, and aspect-sentiment
 * accuracy.
 *
 * <ul>
 *   <li>The labelled top five pains of a file are its five aspects labelled negative in the most reviews
 *       (duplicates left out; ties by name). Recall: the share of them that a finding among the found top five
 *       pains covers ({@link Themes}). Precision: the share of the found top five that cover a theme labelled
 *       negative in at least two reviews of the file. The same for praise, with positive.</li>
 *   <li>Aspect-sentiment accuracy: over every labelled (review, aspect, polarity) of an analysed review, the
 *       share where the reading finds the aspect in that review and its polarity is the labelled one (the sum
 *       of its mentions' polarities; a labelled aspect not found counts as wrong).</li>
 * </ul>
 */
final class Evaluation {
    static final int TOP = 5;

    /** One file's figures. */
    record FileFigures(String file, int reviews, Score pains, Score praise, int aspectPairs, int aspectFound,
                       int aspectCorrect, List<String> foundPains, List<String> labelledPains,
                       List<String> foundPraise, List<String> labelledPraise) {
        double accuracy() {
            return aspectPairs == 0 ? 1 : aspectCorrect / (double) aspectPairs;
        }
    }

    record Score(int relevantFound, int found, int recalled, int labelled) {
        double precision() {
            return found == 0 ? 0 : relevantFound / (double) found;
        }

        double recall() {
            return labelled == 0 ? 1 : recalled / (double) labelled;
        }

        Score plus(Score o) {
            return new Score(relevantFound + o.relevantFound, found + o.found, recalled + o.recalled, labelled + o.labelled);
        }
    }

    record Figures(List<FileFigures> files) {
        Score pains() {
            return files.stream().map(FileFigures::pains).reduce(new Score(0, 0, 0, 0), Score::plus);
        }

        Score praise() {
            return files.stream().map(FileFigures::praise).reduce(new Score(0, 0, 0, 0), Score::plus);
        }

        double accuracy() {
            int pairs = files.stream().mapToInt(FileFigures::aspectPairs).sum();
            int correct = files.stream().mapToInt(FileFigures::aspectCorrect).sum();
            return pairs == 0 ? 1 : correct / (double) pairs;
        }

        String table() {
            StringBuilder s = new StringBuilder();
            s.append(String.format("%-28s %7s %9s %9s %9s %9s %9s%n", "file", "reviews", "pains P", "pains R",
                    "praise P", "praise R", "aspects"));
            for (FileFigures f : files) {
                s.append(String.format("%-28s %7d %9.2f %9.2f %9.2f %9.2f %9.2f%n", Path.of(f.file()).getFileName(),
                        f.reviews(), f.pains().precision(), f.pains().recall(), f.praise().precision(),
                        f.praise().recall(), f.accuracy()));
            }
            s.append(String.format("%-28s %7d %9.2f %9.2f %9.2f %9.2f %9.2f%n", "overall",
                    files.stream().mapToInt(FileFigures::reviews).sum(), pains().precision(), pains().recall(),
                    praise().precision(), praise().recall(), accuracy()));
            return s.toString();
        }
    }

    private Evaluation() {}

    static Figures run(Research research, List<Path> files, Labels labels, Themes themes) throws IOException, ReviewFileException {
        List<FileFigures> out = new ArrayList<>();
        for (Path file : files) {
            Map<String, List<Reading>> readings = new HashMap<>();
            ResearchResult result = research.run(List.of(file), null, Research.Progress.NONE,
                    r -> readings.computeIfAbsent(r.review().id(), k -> new ArrayList<>()).add(r));
            Set<String> frequentNouns = result.aspects().stream().filter(a -> a.origin() == AspectOrigin.FREQUENT_NOUN)
                    .map(AspectFinding::label).collect(java.util.stream.Collectors.toSet());
            List<Labels.Labelled> labelled = labels.originals().stream().filter(l -> readings.containsKey(l.id())).toList();
            Map<String, Integer> pains = themeCounts(labelled, Polarity.NEGATIVE);
            Map<String, Integer> praise = themeCounts(labelled, Polarity.POSITIVE);
            List<String> foundPains = result.pains().stream().limit(TOP).map(Finding::label).toList();
            List<String> foundPraise = result.praise().stream().limit(TOP).map(Finding::label).toList();
            int pairs = 0;
            int found = 0;
            int correct = 0;
            for (Labels.Labelled l : labelled) {
                for (Map.Entry<String, Polarity> e : l.aspects().entrySet()) {
                    pairs++;
                    int sum = 0;
                    boolean seen = false;
                    for (Reading r : readings.get(l.id())) {
                        for (Reading.AspectSentiment a : r.aspectsWith(frequentNouns)) {
                            if (!themes.covers(a.aspect(), e.getKey())) continue;
                            seen = true;
                            sum += a.polarity() == Polarity.POSITIVE ? 1 : a.polarity() == Polarity.NEGATIVE ? -1 : 0;
                        }
                    }
                    if (!seen) continue;
                    found++;
                    Polarity predicted = sum > 0 ? Polarity.POSITIVE : sum < 0 ? Polarity.NEGATIVE : Polarity.NEUTRAL;
                    if (predicted == e.getValue()) correct++;
                }
            }
            out.add(new FileFigures(file.toString(), labelled.size(), score(foundPains, pains, themes),
                    score(foundPraise, praise, themes), pairs, found, correct, foundPains, top(pains), foundPraise, top(praise)));
        }
        return new Figures(out);
    }

    private static Map<String, Integer> themeCounts(List<Labels.Labelled> labelled, Polarity polarity) {
        Map<String, Integer> counts = new HashMap<>();
        for (Labels.Labelled l : labelled) {
            l.aspects().forEach((aspect, p) -> {
                if (p == polarity) counts.merge(aspect, 1, Integer::sum);
            });
        }
        return counts;
    }

    private static List<String> top(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue).reversed()
                        .thenComparing(Map.Entry::getKey))
                .limit(TOP).map(Map.Entry::getKey).toList();
    }

    private static Score score(List<String> found, Map<String, Integer> labelled, Themes themes) {
        int relevant = 0;
        for (String f : found) {
            boolean covers = labelled.entrySet().stream().anyMatch(e -> e.getValue() >= 2 && themes.covers(f, e.getKey()));
            if (covers) relevant++;
        }
        List<String> wanted = top(labelled);
        int recalled = 0;
        for (String theme : wanted) if (found.stream().anyMatch(f -> themes.covers(f, theme))) recalled++;
        return new Score(relevant, found.size(), recalled, wanted.size());
    }
}
