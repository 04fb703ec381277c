package io.copydeck.research;

import java.nio.file.Path;
import java.util.List;

/**
 * A developer's probe: the evaluation table of every labelled set (the tuned five domains, held-out food
 * delivery, held-out2 car rental, held-out3 gym; held-out4 mobile network only when asked, it is a blind set
 * measured at milestones only), with the found and labelled top fives. Args: examples/research [held-out4].
 */
public final class SetsProbe {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Research research = new Research();
        long t0 = System.nanoTime();
        print(research, dir, List.of("headphones.csv", "cafe.csv", "saas.jsonl", "hotel.csv", "dental.csv"));
        print(research, dir.resolve("held-out"), List.of("delivery.csv"));
        print(research, dir.resolve("held-out2"), List.of("rental.csv"));
        print(research, dir.resolve("held-out3"), List.of("gym.csv"));
        if (args.length > 1) print(research, dir.resolve("held-out4"), List.of("network.csv"));
        System.out.printf("%.1f s%n", (System.nanoTime() - t0) / 1e9);
    }

    private static void print(Research research, Path dir, List<String> names) throws Exception {
        List<Path> files = names.stream().map(dir::resolve).toList();
        Evaluation.Figures f = Evaluation.run(research, files, Labels.read(dir.resolve("labels.csv")),
                Themes.read(dir.resolve("themes.tsv")));
        System.out.println(f.table());
        for (Path file : files) {
            ResearchResult r = research.run(List.of(file), null, Research.Progress.NONE);
            StringBuilder b = new StringBuilder("  frequent nouns of " + file.getFileName() + ":");
            for (AspectFinding a : r.aspects()) {
                if (a.origin() == AspectOrigin.FREQUENT_NOUN) {
                    b.append(' ').append(a.label()).append(' ').append(a.count()).append(" +").append(a.positive())
                            .append(" -").append(a.negative()).append(';');
                }
            }
            System.out.println(b);
        }
        for (Evaluation.FileFigures ff : f.files()) {
            System.out.println(ff.file() + "\n  pains found " + ff.foundPains() + "\n  pains label " + ff.labelledPains()
                    + "\n  praise found " + ff.foundPraise() + "\n  praise label " + ff.labelledPraise()
                    + "\n  aspects " + ff.aspectCorrect() + "/" + ff.aspectFound() + "/" + ff.aspectPairs());
        }
    }
}
