package io.copydeck.research;

import java.nio.file.Path;
import java.util.List;

/** A developer's probe: prints the evaluation figures with what was found. */
public final class EvalProbe {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Research research = new Research();
        List<Path> files = List.of(dir.resolve("headphones.csv"), dir.resolve("cafe.csv"), dir.resolve("saas.jsonl"),
                dir.resolve("hotel.csv"), dir.resolve("dental.csv"));
        long t0 = System.nanoTime();
        if (args.length > 1) {
            Labels labels = Labels.read(dir.resolve("labels.csv"));
            research.run(List.of(dir.resolve(args[1])), null, Research.Progress.NONE, r -> {
                Labels.Labelled l = labels.byId().get(r.review().id());
                if (l == null) return;
                java.util.Map<String, String> got = new java.util.TreeMap<>();
                for (Reading.AspectSentiment a : r.aspects()) got.merge(a.aspect(), a.polarity().label(), (x, y) -> x + "+" + y);
                boolean ok = true;
                for (var e : l.aspects().entrySet()) if (!e.getValue().label().equals(got.get(e.getKey()))) ok = false;
                if (!ok) System.out.println(r.review().id() + " want " + l.aspects() + " got " + got + " | " + r.review().text());
            });
            return;
        }
        Evaluation.Figures f = Evaluation.run(research, files, Labels.read(dir.resolve("labels.csv")),
                Themes.read(dir.resolve("themes.tsv")));
        System.out.println(f.table());
        for (Evaluation.FileFigures ff : f.files()) {
            System.out.println(ff.file() + "\n  pains found " + ff.foundPains() + "\n  pains label " + ff.labelledPains()
                    + "\n  praise found " + ff.foundPraise() + "\n  praise label " + ff.labelledPraise()
                    + "\n  aspects " + ff.aspectCorrect() + "/" + ff.aspectFound() + "/" + ff.aspectPairs());
        }
        System.out.printf("%.1f s%n", (System.nanoTime() - t0) / 1e9);
    }
}
