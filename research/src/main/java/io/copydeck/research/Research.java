package io.copydeck.research;

import io.copydeck.dsl.model.Audience;
import io.copydeck.dsl.model.Campaign;
import io.copydeck.dsl.model.Product;
import io.copydeck.dsl.model.Spec;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * `copydeck research`'s engine: streams review files through the reader, sets near-duplicates aside, detects
 * each review's language, reads English and German ones ({@link ReviewAnalysis}) and adds them up
 * ({@link Tally}). One instance holds LanguageTool's and the detector's tables: make it once, run it often.
 */
public final class Research {
    /** Near-duplicates remembered at most (see {@link NearDuplicates}): about 40 MB. */
    static final int DUPLICATE_MEMORY = 200_000;

    /** What a host shows while files are read: bytes of all files, and reviews so far. */
    public interface Progress {
        void started(long totalBytes);

        void advanced(long bytesRead, int reviews);

        Progress NONE = new Progress() {
            @Override
            public void started(long totalBytes) {}

            @Override
            public void advanced(long bytesRead, int reviews) {}
        };
    }

    private final TextAnalyser analyser = new TextAnalyser();
    private final AspectCatalogue catalogue = new AspectCatalogue();
    private final ReviewLanguage languages = new ReviewLanguage();
    private final ReviewAnalysis analysis;

    /** The baseline: the sentiment lexicon decides each aspect's polarity. */
    public Research() {
        this(null);
    }

    /** With a clause scorer (the GPT-2 variant) in place of the lexicon's verdict; null for the baseline. */
    Research(ReviewAnalysis.ClauseScorer scorer) {
        this(scorer, true);
    }

    /** {@code ratingPrior}: let the rating decide aspects named with no opinion word (measured both ways). */
    Research(ReviewAnalysis.ClauseScorer scorer, boolean ratingPrior) {
        analysis = new ReviewAnalysis(analyser, catalogue, new Cues(), scorer, ratingPrior);
    }

    /** The pains, motivations and benefits a spec declares, to count in the reviews. */
    public DeclaredPhrases declared(String specName, Spec spec) {
        Campaign c = spec.campaign();
        List<Audience> audiences = new ArrayList<>(spec.audiences());
        Audience audience = audiences.isEmpty() ? null : audiences.get(0);
        if (c != null && c.positioning() != null && c.positioning().forAudience() != null) {
            for (Audience a : audiences) if (a.id().equals(c.positioning().forAudience().name())) audience = a;
        }
        List<String> benefits = new ArrayList<>();
        if (c != null && c.positioning() != null && c.positioning().benefit() != null) benefits.add(c.positioning().benefit());
        for (Product p : spec.products()) benefits.addAll(p.benefits());
        String language = c != null && c.locale() != null && c.locale().toLowerCase(Locale.ROOT).startsWith("de") ? "de" : "en";
        return new DeclaredPhrases(specName, audience == null ? null : audience.id(),
                audience == null ? List.of() : audience.pains(), audience == null ? List.of() : audience.motivations(),
                benefits, analyser, catalogue, language);
    }

    /** Reads every file and returns the findings; {@code declared} may be null (no spec). */
    public ResearchResult run(List<Path> files, DeclaredPhrases declared, Progress progress)
            throws IOException, ReviewFileException {
        return run(files, declared, progress, r -> {});
    }

    /** As {@link #run(List, DeclaredPhrases, Progress)}, showing each reading to {@code observer} (the evaluation). */
    ResearchResult run(List<Path> files, DeclaredPhrases declared, Progress progress, Consumer<Reading> observer)
            throws IOException, ReviewFileException {
        for (Path f : files) ReviewReader.Format.of(f);
        long total = 0;
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                throw new ReviewFileException(f + ": " + (Files.isDirectory(f) ? "is a folder" : "no such file")
                        + "; name .csv or .jsonl files of reviews");
            }
            total += Files.size(f);
        }
        progress.started(total);
        Tally tally = new Tally(declared);
        NearDuplicates duplicates = new NearDuplicates(DUPLICATE_MEMORY);
        long[] before = {0};
        for (Path f : files) {
            try (Counting in = new Counting(new BufferedInputStream(Files.newInputStream(f), 1 << 16))) {
                ReviewReader.read(in, f.toString(), ReviewReader.Format.of(f), new ReviewReader.Sink() {
                    @Override
                    public void review(Review review) {
                        tally.read++;
                        if (duplicates.seen(review.text())) {
                            tally.duplicates++;
                        } else {
                            String language = languages.of(review.text());
                            boolean analysed = ReviewLanguage.ANALYSED.contains(language)
                                    || language.equals(ReviewLanguage.UNDETERMINED);
                            tally.language(language, analysed);
                            if (analysed) {
                                Reading reading = analysis.read(review, language.equals("de") ? "de" : "en");
                                tally.add(reading);
                                observer.accept(reading);
                            } else {
                                tally.notAnalysed++;
                            }
                        }
                        if (tally.read % 64 == 0) progress.advanced(before[0] + in.count, tally.read);
                    }

                    @Override
                    public void skipped(Skipped skipped) {
                        tally.skipped(skipped);
                    }
                });
                before[0] += in.count;
            }
        }
        progress.advanced(total, tally.read);
        ResearchResult result = tally.result();
        return declared == null ? result : result.withAgainstSpec(declared.compare(result));
    }

    /** Counts the bytes read, for the progress bar. */
    private static final class Counting extends FilterInputStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) count++;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) count += n;
            return n;
        }
    }
}
