package io.copydeck.research;

import java.nio.file.Path;
import java.util.List;

/**
 * The measurement behind docs/research.md's "Which does what": the lexicon baseline against the shipped GPT-2
 * scoring each clause (everywhere, or only where the lexicon finds no opinion word), and the rating rule on
 * and off, on all labelled reviews. Run by hand (it loads the real model):
 * {@code java -cp research/target/classes:research/target/test-classes:$(cat cp) io.copydeck.research.SentimentComparison examples/research models/default}
 */
public final class SentimentComparison {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Path model = Path.of(args[1]);
        List<Path> files = List.of(dir.resolve("headphones.csv"), dir.resolve("cafe.csv"), dir.resolve("saas.jsonl"),
                dir.resolve("hotel.csv"), dir.resolve("dental.csv"));
        Labels labels = Labels.read(dir.resolve("labels.csv"));
        Themes themes = Themes.read(dir.resolve("themes.tsv"));
        run("lexicon (baseline), rating rule on", new Research(null, true), files, labels, themes);
        run("lexicon, rating rule off", new Research(null, false), files, labels, themes);
        for (Gpt2Sentiment.Mode mode : Gpt2Sentiment.Mode.values()) {
            try (Gpt2Sentiment gpt2 = new Gpt2Sentiment(model, mode)) {
                run("GPT-2 " + mode.name().toLowerCase().replace('_', ' ') + ", rating rule on", new Research(gpt2, true),
                        files, labels, themes);
                System.out.println("  clauses scored by GPT-2: " + gpt2.scored);
            }
        }
        try (Gpt2Sentiment gpt2 = new Gpt2Sentiment(model, Gpt2Sentiment.Mode.WHERE_LEXICON_IS_SILENT)) {
            run("GPT-2 where lexicon is silent, rating rule off", new Research(gpt2, false), files, labels, themes);
            System.out.println("  clauses scored by GPT-2: " + gpt2.scored);
        }
    }

    private static void run(String name, Research research, List<Path> files, Labels labels, Themes themes) throws Exception {
        long t0 = System.nanoTime();
        Evaluation.Figures f = Evaluation.run(research, files, labels, themes);
        System.out.printf("== %s (%.1f s)%n%s", name, (System.nanoTime() - t0) / 1e9, f.table());
    }
}
